// Horizon's random stream (version 2) and normal draws, the identical algorithms of packages/sim/src/random/
// (splitmix64.ts, normal-ziggurat.ts): SplitMix64 (Steele, Lea & Flood 2014; constants from Vigna's
// splitmix64.c) read as a counter-based generator with one sub-stream per input, draw k of input K in sample
// i being mix64(seed + K + (i·2^20 + k + 1)·γ); and a 128-layer ziggurat (Marsaglia & Tsang 2000, Doornik
// 2005) whose tables TypeScript writes into memory.

/** Weyl increment γ = 2^64 / golden ratio, odd, so i·γ visits every counter once. */
const GAMMA: u64 = 0x9e3779b97f4a7c15;
const MIX1: u64 = 0xbf58476d1ce4e5b9;
const MIX2: u64 = 0x94d049bb133111eb;
/** 2^-52: a 52-bit integer times this is a double in [0, 1). */
export const TWO_POW_MINUS_52: f64 = 2.220446049250313e-16;
/** log2 of the draws a sample may take (DRAWS_PER_SAMPLE = 2^20). */
const DRAW_BITS: u64 = 20;
/** Right edge of the ziggurat's base layer (Marsaglia & Tsang 2000, Table 1, C = 128). */
const ZIGGURAT_R: f64 = 3.442619855899;
const LAYERS: i32 = 128;

let seed: u64 = 0;
let state: u64 = 0;
/** γ^-1 mod 2^64: (state − start) · γ^-1 is the number of draws taken since `start`. */
let gammaInverse: u64 = 0;
/** Byte addresses of the ziggurat tables x[0..128], ratio[0..127], f[0..128]. */
export let zigX: usize = 0;
export let zigRatio: usize = 0;
let zigF: usize = 0;

/** Sets the seed and the ziggurat tables' address (x, ratio and f back to back, 129 + 128 + 129 f64). */
export function initRandom(seedValue: u64, tablesAt: usize): void {
  seed = seedValue;
  zigX = tablesAt;
  zigRatio = tablesAt + <usize>(LAYERS + 1) * 8;
  zigF = zigRatio + <usize>LAYERS * 8;
  // Newton's iteration x ← x(2 − γx) doubles the correct low bits each step: 3 → 6 → … → 96 ≥ 64.
  let inverse = GAMMA;
  for (let k = 0; k < 5; k++) inverse *= 2 - GAMMA * inverse;
  gammaInverse = inverse;
}

/** The state before the first draw of the input with stream key `key` in sample `sampleIndex`. */
@inline export function inputStart(sampleIndex: u64, key: u64): u64 {
  return seed + (sampleIndex << DRAW_BITS) * GAMMA + key;
}

/**
 * inputStart(i + 1, key) − inputStart(i, key) = 2^20·γ (mod 2^64): a block walks its samples' starts by
 * adding this, exactly, as the products wrap alike.
 */
export const SAMPLE_STEP: u64 = (<u64>1 << DRAW_BITS) * GAMMA;

/** Draws taken since the stream's state was `start`. */
@inline export function drawsSince(start: u64): u64 {
  return (state - start) * gammaInverse;
}

/** SplitMix64's output function of a state. */
@inline export function mix64(z: u64): u64 {
  z = (z ^ (z >> 30)) * MIX1;
  z = (z ^ (z >> 27)) * MIX2;
  return z ^ (z >> 31);
}

/** One SplitMix64 output. */
@inline export function next64(): u64 {
  return mix64(state += GAMMA);
}

/**
 * The stream's state, for a loop that keeps it in a local (a wasm global lives in memory, so advancing it
 * in a local saves a store and a load on every draw's dependency chain): advance it with `st += STREAM_GAMMA`
 * and mix64, and write it back with setStreamState before any call that draws.
 */
export const STREAM_GAMMA: u64 = GAMMA;

@inline export function setStreamState(value: u64): void {
  state = value;
}

/** (top 52 bits + 0.5) · 2^-52: strictly inside (0, 1), the reference's uniformFromBits bit for bit. */
@inline export function uniformFromBits(bits: u64): f64 {
  // bits >> 12 < 2^52, so the signed conversion is exact (and, unlike the unsigned one, one instruction).
  return (<f64><i64>(bits >> 12) + 0.5) * TWO_POW_MINUS_52;
}

/** One uniform draw in (0, 1). */
@inline export function uniform(): f64 {
  return uniformFromBits(next64());
}

/** One standard normal draw: the ziggurat's fast path (~98.8% of draws) is one draw, one multiply, one compare. */
@inline export function standardNormal(): f64 {
  const bits = next64();
  const layer = <usize>(bits & 0x7f);
  const u = 2 * uniformFromBits(bits) - 1;
  const x = load<f64>(zigX + (layer << 3));
  if (Math.abs(u) < load<f64>(zigRatio + (layer << 3))) return u * x;
  return normalSlow(layer, u);
}

/** The rare paths for a draw whose fast path declined (draws further from the global stream). */
export function normalSlowFromBits(bits: u64): f64 {
  return normalSlow(<usize>(bits & 0x7f), 2 * uniformFromBits(bits) - 1);
}

/** The ziggurat's rare paths: the base layer's tail, the wedge test, then fresh draws until accepted. */
function normalSlow(firstLayer: usize, firstU: f64): f64 {
  let layer = firstLayer;
  let u = firstU;
  while (true) {
    if (layer == 0) return normalTail(u < 0);
    const candidate = u * load<f64>(zigX + (layer << 3));
    const fLow = load<f64>(zigF + (layer << 3));
    const fHigh = load<f64>(zigF + ((layer + 1) << 3));
    const height = fLow + uniform() * (fHigh - fLow);
    if (height < Math.exp(-0.5 * candidate * candidate)) return candidate;
    const bits = next64();
    layer = <usize>(bits & 0x7f);
    u = 2 * uniformFromBits(bits) - 1;
    if (Math.abs(u) < load<f64>(zigRatio + (layer << 3))) return u * load<f64>(zigX + (layer << 3));
  }
}

/** Marsaglia's (1964) tail method beyond R. */
function normalTail(negative: bool): f64 {
  while (true) {
    const a = -Math.log(uniform()) / ZIGGURAT_R;
    const b = -Math.log(uniform());
    if (b + b >= a * a) return negative ? -(ZIGGURAT_R + a) : ZIGGURAT_R + a;
  }
}
