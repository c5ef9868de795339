/**
 * Horizon's random stream (version 2, see ./stream-version.ts): SplitMix64 (Steele, Lea & Flood 2014, "Fast
 * splittable pseudorandom number generators"; constants from Vigna's reference splitmix64.c) read as a
 * counter-based generator, with one sub-stream per input (common random numbers).
 *
 * Each input of a scenario has a 64-bit stream key K (./stream-key.ts: a hash of a canonical name of the input
 * that does not depend on the other inputs). Draw k (k = 0, 1, 2, …) of input K in Monte-Carlo sample i is
 * `mix64(seed + K + (i · 2^20 + k + 1) · γ)` with γ = 0x9E3779B97F4A7C15 (all mod 2^64): output number
 * `i · 2^20 + k` of the SplitMix64 sequence started from state `seed + K`. So an input's draws in sample i
 * depend only on (seed, i, K): adding, removing, fixing or varying another input never moves them, whatever
 * the thread count, block size or shard. An input may take up to 2^20 draws in a sample; sample indices go up
 * to 2^44 (1.7e13). Key 0 is the single stream of version 1 (used by the bootstrap of `horizon fit`).
 *
 * Two inputs' sequences are the same SplitMix64 sequence shifted by (K_a − K_b) · γ^-1 counters, a
 * pseudo-random 64-bit offset: they would share a draw within one sample only if that offset fell within
 * ±2^20 counters, which has probability about 2^-43 per pair of inputs.
 *
 * The state is kept as two unsigned 32-bit halves so that plain JavaScript numbers compute it exactly; the
 * WebAssembly kernel implements the identical sequence with native u64.
 */

/** Draws an input may take in one sample before it would run into the next sample's counters. */
export const DRAWS_PER_SAMPLE = 2 ** 20;
/** Largest number of samples the counter layout supports. */
export const MAX_SAMPLE_INDEX = 2 ** 44;

const GAMMA_HI = 0x9e3779b9;
const GAMMA_LO = 0x7f4a7c15;
const MIX1_HI = 0xbf58476d;
const MIX1_LO = 0x1ce4e5b9;
const MIX2_HI = 0x94d049bb;
const MIX2_LO = 0x133111eb;
const TWO_POW_32 = 4294967296;
/** 2^-52: a 52-bit integer times this is a double in [0, 1). */
const TWO_POW_MINUS_52 = 2.220446049250313e-16;

/** High 32 bits of the 64-bit product of two unsigned 32-bit integers, via 16-bit limbs (all exact doubles). */
function mulHigh32(a: number, b: number): number {
  const a0 = a & 0xffff;
  const a1 = a >>> 16;
  const b0 = b & 0xffff;
  const b1 = b >>> 16;
  const p00 = a0 * b0;
  const p01 = a0 * b1;
  const p10 = a1 * b0;
  const p11 = a1 * b1;
  const middle = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  return (p11 + Math.floor(p01 / 65536) + Math.floor(p10 / 65536) + (middle >>> 16)) >>> 0;
}

/** A 64-bit value as unsigned 32-bit halves. */
export interface U64 {
  hi: number;
  lo: number;
}

/** (a · b) mod 2^64. */
export function mul64(aHi: number, aLo: number, bHi: number, bLo: number, out: U64): void {
  const lo = Math.imul(aLo, bLo) >>> 0;
  const hi = (mulHigh32(aLo, bLo) + Math.imul(aLo, bHi) + Math.imul(aHi, bLo)) >>> 0;
  out.hi = hi;
  out.lo = lo;
}

/** (a + b) mod 2^64. */
export function add64(aHi: number, aLo: number, bHi: number, bLo: number, out: U64): void {
  const lo = aLo + bLo;
  const carry = lo >= TWO_POW_32 ? 1 : 0;
  out.lo = lo >>> 0;
  out.hi = (aHi + bHi + carry) >>> 0;
}

/** Splits a non-negative safe integer into 32-bit halves. */
export function toU64(value: number): U64 {
  return { hi: Math.floor(value / TWO_POW_32) >>> 0, lo: value >>> 0 };
}

/**
 * The per-sample random stream. `startSample(i)` positions it at sample i, `startInput(key)` at the first
 * draw of one input's sub-stream in that sample; each `uniform()` is one draw. Allocation-free after
 * construction, so the reference engine can reuse one instance for a whole block.
 */
export class SampleStream {
  private readonly seed: U64;
  /** seed + i · 2^20 · γ for the current sample i. */
  private readonly sampleBase: U64 = { hi: 0, lo: 0 };
  /** SplitMix64 state: seed + key + counter · γ. */
  private state: U64 = { hi: 0, lo: 0 };
  private readonly scratch: U64 = { hi: 0, lo: 0 };
  /** The last raw 64-bit output, for callers that use its bits (the ziggurat's layer index). */
  readonly last: U64 = { hi: 0, lo: 0 };
  private drawsThisSample = 0;

  constructor(seed: number) {
    this.seed = toU64(seed);
  }

  /** Positions the stream at the first draw of sample `sampleIndex`, on the stream of key 0. */
  startSample(sampleIndex: number): void {
    // counter = i · 2^20, so state = seed + counter · γ; each draw first adds γ.
    const counter = toU64(sampleIndex * DRAWS_PER_SAMPLE);
    mul64(counter.hi, counter.lo, GAMMA_HI, GAMMA_LO, this.scratch);
    add64(this.scratch.hi, this.scratch.lo, this.seed.hi, this.seed.lo, this.sampleBase);
    this.state.hi = this.sampleBase.hi;
    this.state.lo = this.sampleBase.lo;
    this.drawsThisSample = 0;
  }

  /** Positions the stream at the first draw, in the current sample, of the input whose stream key is `key`. */
  startInput(key: U64): void {
    add64(this.sampleBase.hi, this.sampleBase.lo, key.hi, key.lo, this.state);
    this.drawsThisSample = 0;
  }

  /** Advances one draw and leaves the 64-bit output in `last`. */
  next64(): void {
    if (++this.drawsThisSample > DRAWS_PER_SAMPLE) {
      throw new Error(`an input used more than ${DRAWS_PER_SAMPLE} random draws in one sample`);
    }
    const s = this.state;
    add64(s.hi, s.lo, GAMMA_HI, GAMMA_LO, s);
    // z = (z ^ (z >>> 30)) * MIX1
    let hi = s.hi;
    let lo = s.lo;
    let xLo = (lo ^ ((lo >>> 30) | (hi << 2))) >>> 0;
    let xHi = (hi ^ (hi >>> 30)) >>> 0;
    const t = this.scratch;
    mul64(xHi, xLo, MIX1_HI, MIX1_LO, t);
    hi = t.hi;
    lo = t.lo;
    // z = (z ^ (z >>> 27)) * MIX2
    xLo = (lo ^ ((lo >>> 27) | (hi << 5))) >>> 0;
    xHi = (hi ^ (hi >>> 27)) >>> 0;
    mul64(xHi, xLo, MIX2_HI, MIX2_LO, t);
    hi = t.hi;
    lo = t.lo;
    // z ^ (z >>> 31)
    this.last.lo = (lo ^ ((lo >>> 31) | (hi << 1))) >>> 0;
    this.last.hi = (hi ^ (hi >>> 31)) >>> 0;
  }

  /** A uniform double strictly inside (0, 1): the top 52 bits plus one half, times 2^-52. */
  uniform(): number {
    this.next64();
    return uniformFromBits(this.last);
  }
}

/**
 * (top 52 bits of x + 0.5) · 2^-52: never 0 or 1, so logs of it are finite. (With 53 bits the largest value,
 * 1 − 2^-54, would round to 1.) Every value is exact: the spacing of doubles in [0.5, 1) is 2^-53.
 */
export function uniformFromBits(x: U64): number {
  return (x.hi * 1048576 + (x.lo >>> 12) + 0.5) * TWO_POW_MINUS_52;
}
