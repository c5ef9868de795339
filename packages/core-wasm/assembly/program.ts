// The draw steps compiled once, at init, into a compact i32 program, so the per-sample loop reads no f64
// codes and takes one br_table per step: each op is a (distribution, log-space) pair with its parameters'
// byte address, and fixed inputs are dropped (init writes their slots once for the whole run).
// Words per op (PROGRAM_OP_WORDS): 0 op (bits 0–7; bits 8 and up: 1 + the demand model that alone reads the
// input, 0 for none, ./demand-lanes.ts), 1 byte address of the target slot's column, 2 byte address of the
// distribution's first parameter, 3 plan index of the step (for the generic ops), 4–5 the step's stream key
// (u64): each op draws from its own input's sub-stream, which starts at inputStart(key).

import { drawsSince, inputStart, mix64, normalSlowFromBits, SAMPLE_STEP, setStreamState, STREAM_GAMMA, TWO_POW_MINUS_52, uniform, uniformFromBits, zigRatio, zigX } from './random';
import { laneOrderAt, modelLanes, modelStart, soleReaderOf } from './demand-lanes';
import { BLOCK_LANES, COLUMN_BYTES, columnOf } from './block';
import { field, intField, planAddress, sampleDist, sampleTruncated, triangularInverse } from './plan-access';
import * as F from './plan-format';
import { expColumn, logColumn } from './vector-math';

import { PROGRAM_OP_WORDS } from './layout';
/** DRAWS_PER_SAMPLE of packages/sim/src/random/splitmix64.ts: draws an input may take in one sample. */
const DRAWS_PER_INPUT: u64 = 1 << 20;

// Ops 0–3 take one ziggurat normal, 4–9 one uniform, the rest call out.
const OP_LOGNORMAL_LN: i32 = 0;
const OP_LOGNORMAL: i32 = 1;
const OP_NORMAL: i32 = 2;
const OP_NORMAL_LN: i32 = 3;
const OP_UNIFORM: i32 = 4;
const OP_LOGUNIFORM_LN: i32 = 5;
const OP_UNIFORM_LN: i32 = 6;
const OP_LOGUNIFORM: i32 = 7;
const OP_TRIANGULAR: i32 = 8;
const OP_TRIANGULAR_LN: i32 = 9;
/** Any distribution through sampleDist (mixtures). */
const OP_GENERIC: i32 = 10;
/** A draw resampled into its domain (normals that can leave it). */
const OP_TRUNCATED: i32 = 11;
/** One row of a joint-draw table. */
const OP_ROW: i32 = 12;

let programAt: usize = 0;
let programValuesAt: usize = 0;

let opCount: i32 = 0;

/**
 * Compiles the plan's steps into the program at `at` (room for stepCount ops) and sets fixed slots in the
 * value vector. Returns false on an unknown code.
 */
export function compileProgram(at: usize, valuesAt: usize, stepsAt: i32, stepCount: i32): bool {
  programAt = at;
  programValuesAt = valuesAt;
  opCount = 0;
  for (let k = 0; k < stepCount; k++) {
    const stepAt = stepsAt + k * F.STEP_LENGTH;
    const slotAddress = columnOf(valuesAt, intField(stepAt + 1));
    let op: i32;
    let params: usize = 0;
    if (intField(stepAt) == F.STEP_ROW) {
      op = OP_ROW;
    } else if (intField(stepAt) == F.STEP_DIST) {
      const distAt = intField(stepAt + 4);
      const code = intField(distAt);
      const logSpace = intField(stepAt + 2) != 0;
      params = planAddress(distAt + 1);
      if (code == F.DIST_FIXED) {
        const fixed = field(distAt + 1);
        fillColumn(slotAddress, logSpace ? Math.log(fixed) : fixed);
        continue;
      }
      if (intField(stepAt + 3) != 0) op = OP_TRUNCATED;
      else if (code == F.DIST_LOGNORMAL) op = logSpace ? OP_LOGNORMAL_LN : OP_LOGNORMAL;
      else if (code == F.DIST_UNIFORM) op = logSpace ? OP_UNIFORM_LN : OP_UNIFORM;
      else if (code == F.DIST_LOGUNIFORM) op = logSpace ? OP_LOGUNIFORM_LN : OP_LOGUNIFORM;
      else if (code == F.DIST_NORMAL) op = logSpace ? OP_NORMAL_LN : OP_NORMAL;
      else if (code == F.DIST_TRIANGULAR) op = logSpace ? OP_TRIANGULAR_LN : OP_TRIANGULAR;
      else if (code == F.DIST_MIXTURE) op = OP_GENERIC;
      else return false;
    } else {
      return false;
    }
    const word = programAt + (<usize>(opCount * PROGRAM_OP_WORDS) << 2);
    // Bits 8 and up: 1 + the demand model that alone reads the input, when it is drawn by a straight loop.
    const reader = op <= OP_TRIANGULAR_LN ? soleReaderOf(intField(stepAt + 1)) : -1;
    store<i32>(word, op | ((reader + 1) << 8));
    store<i32>(word, <i32>slotAddress, 4);
    store<i32>(word, <i32>params, 8);
    store<i32>(word, stepAt, 12);
    // The halves are below 2^32: exact as f64 and as u64, not as i32.
    store<u64>(word, (<u64>field(stepAt + F.STEP_KEY_HI) << 32) | <u64>field(stepAt + F.STEP_KEY_LO), 16);
    opCount++;
  }
  return true;
}

/** Writes `value` into every lane of the column at `column`. */
export function fillColumn(column: usize, value: f64): void {
  for (let i: usize = 0; i < COLUMN_BYTES; i += 8) store<f64>(column + i, value);
}

/** Writes every fixed input's value into its slot (init does it once; setOverrides restores them). */
export function writeFixedSlots(valuesAt: usize, stepsAt: i32, stepCount: i32): void {
  for (let k = 0; k < stepCount; k++) {
    const stepAt = stepsAt + k * F.STEP_LENGTH;
    if (intField(stepAt) != F.STEP_DIST) continue;
    const distAt = intField(stepAt + 4);
    if (intField(distAt) != F.DIST_FIXED) continue;
    const fixed = field(distAt + 1);
    fillColumn(columnOf(valuesAt, intField(stepAt + 1)), intField(stepAt + 2) != 0 ? Math.log(fixed) : fixed);
  }
}

/**
 * Draws every input of samples [first, first + n) (n ≤ BLOCK_LANES) into its column, op by op, each sample
 * on its input's sub-stream. The common ops run as straight loops over the block; the ziggurat's rare paths
 * and the ops that call out take a second, per-sample pass. With `skipSoleReaders`, the inputs that only one
 * demand model reads are left for drawSoleReaders. Returns false when an input took more than
 * DRAWS_PER_INPUT draws in some sample (only the rare paths can).
 */
export function drawBlock(first: u64, n: i32, skipSoleReaders: bool = false): bool {
  let word = programAt;
  const end = programAt + (<usize>(opCount * PROGRAM_OP_WORDS) << 2);
  let ok = true;
  while (word < end) {
    if (!(skipSoleReaders && soleReader(word) >= 0)) ok = drawOp(word, first, 0, <usize>n) && ok;
    word += PROGRAM_OP_WORDS << 2;
  }
  return ok;
}

/**
 * Draws the inputs that only one demand model reads for the lanes that picked that model (./demand-lanes.ts,
 * grouped after drawBlock with `skipSoleReaders`). Returns false as drawBlock does.
 */
export function drawSoleReaders(first: u64): bool {
  let word = programAt;
  const end = programAt + (<usize>(opCount * PROGRAM_OP_WORDS) << 2);
  let ok = true;
  while (word < end) {
    const model = soleReader(word);
    if (model >= 0) ok = drawOp(word, first, laneOrderAt + (modelStart(model) << 2), modelLanes(model)) && ok;
    word += PROGRAM_OP_WORDS << 2;
  }
  return ok;
}

/** The demand model that alone reads the op's input (drawn for its lanes only), or −1. */
@inline function soleReader(word: usize): i32 {
  return (load<i32>(word) >> 8) - 1;
}

/**
 * One op for `count` of the block's lanes: lanes 0 … count − 1 when `lanes` is 0, else the lanes listed at
 * `lanes` (i32 each; only the ops a model alone reads, at most OP_TRIANGULAR_LN, are drawn by list).
 */
function drawOp(word: usize, first: u64, lanes: usize, count: usize): bool {
  const column = <usize>load<i32>(word, 4);
  const p = <usize>load<i32>(word, 8);
  const op = load<i32>(word) & 0xff;
  const start = inputStart(first, load<u64>(word, 16));
  let ok = true;
  if (op <= OP_NORMAL_LN) {
    ok = lanes == 0 ? normalsInto(column, start, 0, count, load<f64>(p), load<f64>(p, 8), false) : normalsInto(column, start, lanes, count, load<f64>(p), load<f64>(p, 8), true);
    if (op == OP_LOGNORMAL) expInto(column, lanes, count);
    else if (op == OP_NORMAL_LN) logInto(column, lanes, count);
  } else if (op <= OP_TRIANGULAR_LN) {
    const a = load<f64>(p);
    const b = load<f64>(p, 8);
    if (op == OP_TRIANGULAR || op == OP_TRIANGULAR_LN) {
      uniformsInto(column, start, lanes, count, 0, 1);
      const c = load<f64>(p, 16);
      for (let k: usize = 0; k < count; k++) {
        const at = column + (laneOf(lanes, k) << 3);
        store<f64>(at, triangularInverse(a, b, c, load<f64>(at)));
      }
    } else {
      uniformsInto(column, start, lanes, count, a, b - a);
    }
    if (op == OP_UNIFORM_LN || op == OP_TRIANGULAR_LN) logInto(column, lanes, count);
    else if (op == OP_LOGUNIFORM) expInto(column, lanes, count);
  } else {
    const stepAt = load<i32>(word, 12);
    let st = start;
    for (let i: usize = 0; i < count; i++) {
      setStreamState(st);
      let v: f64;
      if (op == OP_GENERIC) v = sampleDist(intField(stepAt + 4), intField(stepAt + 2) != 0);
      else if (op == OP_TRUNCATED) v = sampleTruncated(intField(stepAt + 4), intField(stepAt + 2) != 0, field(stepAt + 5), field(stepAt + 6), intField(stepAt + 7));
      else v = drawRow(stepAt, column + (i << 3));
      store<f64>(column + (i << 3), v);
      ok = ok && drawsSince(st) <= DRAWS_PER_INPUT;
      st += SAMPLE_STEP;
    }
  }
  return ok;
}

/** The k-th lane drawn: k itself when `lanes` is 0, else the k-th of the list at `lanes`. */
@inline function laneOf(lanes: usize, k: usize): usize {
  return lanes == 0 ? k : <usize>load<i32>(lanes + (k << 2));
}

/** exp of the drawn lanes of `column` (natural-space lognormal and log-uniform draws; as logInto). */
function expInto(column: usize, lanes: usize, count: usize): void {
  if (lanes == 0) {
    expColumn(column, count);
    return;
  }
  for (let k: usize = 0; k < count; k++) {
    const at = column + (laneOf(lanes, k) << 3);
    store<f64>(at, Math.exp(load<f64>(at)));
  }
}

/** ln of the drawn lanes of `column` (two at a time over a whole block; Math.log, the same doubles, by list). */
function logInto(column: usize, lanes: usize, count: usize): void {
  if (lanes == 0) {
    logColumn(column, count);
    return;
  }
  for (let k: usize = 0; k < count; k++) {
    const at = column + (laneOf(lanes, k) << 3);
    store<f64>(at, Math.log(load<f64>(at)));
  }
}

/**
 * One byte a pair of drawn lanes (k/2 for the pair k, k + 1 of laneOf): bit 0 set when the ziggurat's fast path
 * declined the pair's first lane, bit 1 its second. One store a pair in the loop, where a list of the declined
 * lanes took two stores and the list's length a pair; the rare pass reads the bytes eight at a time.
 */
const declinedFlagsAt: usize = memory.data(<i32>(<usize>BLOCK_LANES >> 1) + 8, 16);

/**
 * a + b · z for a standard normal z of each drawn lane (laneOf) into `column`: the ziggurat's fast path over
 * the lanes (a declined lane flagged), then the rare paths for the flagged lanes. `listed` is
 * `lanes != 0`, a constant at each call, so the loop has no test on it. Returns false when a sample passed
 * its draw budget.
 */
@inline function normalsInto(column: usize, start: u64, lanes: usize, count: usize, a: f64, b: f64, listed: bool): bool {
  // One sample a step, on scalar 64-bit multiplies: lane i's first state is start + γ + i · SAMPLE_STEP.
  const first = start + STREAM_GAMMA;
  const xs = zigX;
  const ratios = zigRatio;
  // The doubles two samples at a time (the stream stays on scalar multiplies, which V8 does not emulate),
  // with the vector constants read once (./vector-math.ts says why).
  const mantissaOf2p52 = v128.load(NORMAL_K);
  const twoP52MinusHalf = v128.load(NORMAL_K, 16);
  const twoPMinus51 = v128.load(NORMAL_K, 32);
  const one = v128.load(NORMAL_K, 48);
  const magnitude = v128.load(NORMAL_K, 64);
  const a2 = f64x2.splat(a);
  const b2 = f64x2.splat(b);
  const flags = declinedFlagsAt;
  const pairs = count & ~1;
  // Zeroed for the rare pass's word reads: the word of slot count / 2, so the bytes past the last pair's slot
  // ((count + 1) / 2 − 1) read 0 (when they lie in another word, the loop writes all of the last slot's).
  store<u64>(flags + ((count >> 1) & ~7), 0);
  for (let k: usize = 0; k < pairs; k += 2) {
    const i = listed ? <usize>load<i32>(lanes + (k << 2)) : k;
    const j = listed ? <usize>load<i32>(lanes + (k << 2), 4) : k + 1;
    const bitsI = mix64(first + <u64>i * SAMPLE_STEP);
    const bitsJ = mix64(first + <u64>j * SAMPLE_STEP);
    const layerI = <usize>(bitsI & 0x7f) << 3;
    const layerJ = <usize>(bitsJ & 0x7f) << 3;
    // The top 52 bits m in the mantissa of 2^52, minus 2^52 − 0.5: m + 0.5 exactly; times 2^-51, (2m + 1) ·
    // 2^-52 exactly; minus 1, u: the scalar path's double.
    const m = v128.or(i64x2.replace_lane(i64x2.splat(bitsI >> 12), 1, bitsJ >> 12), mantissaOf2p52);
    const u = f64x2.sub(f64x2.mul(f64x2.sub(m, twoP52MinusHalf), twoPMinus51), one);
    const x = v128.load64_lane(xs + layerJ, v128.load64_zero(xs + layerI), 1);
    const z = f64x2.add(a2, f64x2.mul(b2, f64x2.mul(u, x)));
    const ratio = v128.load64_lane(ratios + layerJ, v128.load64_zero(ratios + layerI), 1);
    store<u8>(flags + (k >> 1), <u8>i64x2.bitmask(f64x2.ge(v128.and(u, magnitude), ratio)));
    if (listed) {
      v128.store64_lane(column + (i << 3), z, 0);
      v128.store64_lane(column + (j << 3), z, 1);
    } else {
      v128.store(column + (i << 3), z);
    }
  }
  if (pairs < count) fastNormal(column, first, listed ? <usize>load<i32>(lanes + (pairs << 2)) : pairs, a, b, xs, ratios, flags + (pairs >> 1));
  return rareNormals(column, start, lanes, count, a, b, listed);
}

/** normalsInto's vector constants: the bits of 2^52, 2^52 − 0.5, 2^-51, 1, and the mask of a double's magnitude. */
const NORMAL_K: usize = memory.data<u64>([
  0x4330000000000000, 0x4330000000000000,
  0x432FFFFFFFFFFFFF, 0x432FFFFFFFFFFFFF,
  0x3CC0000000000000, 0x3CC0000000000000,
  0x3FF0000000000000, 0x3FF0000000000000,
  0x7FFFFFFFFFFFFFFF, 0x7FFFFFFFFFFFFFFF,
], 16);

/**
 * The ziggurat's fast path for lane i, alone in its pair (first state `first` + i · SAMPLE_STEP, tables at
 * `xs` and `ratios`): a + b · z into `column`, the pair's flag byte at `flag` (bit 0 when the fast path
 * declined). u = 2 · ((m + 0.5) · 2^-52) − 1 = (2m + 1) · 2^-52 − 1, each step exact but the last, so the
 * same double.
 */
@inline function fastNormal(column: usize, first: u64, i: usize, a: f64, b: f64, xs: usize, ratios: usize, flag: usize): void {
  const bits = mix64(first + <u64>i * SAMPLE_STEP);
  const layer = <usize>(bits & 0x7f) << 3;
  const u = <f64><i64>((bits >> 11) | 1) * TWO_POW_MINUS_52 - 1;
  store<f64>(column + (i << 3), a + b * (u * load<f64>(xs + layer)));
  store<u8>(flag, <u8>(Math.abs(u) >= load<f64>(ratios + layer)));
}

/** The ziggurat's rare paths for the lanes normalsInto flagged (`count` drawn lanes, by laneOf). */
function rareNormals(column: usize, start: u64, lanes: usize, count: usize, a: f64, b: f64, listed: bool): bool {
  let ok = true;
  const slots = (count + 1) >> 1;
  for (let word: usize = 0; word < slots; word += 8) {
    let flags = load<u64>(declinedFlagsAt + word);
    while (flags != 0) {
      // The lowest set bit: byte `word` + bit / 8 is pair k = 2 · that, bit 0 of the byte its first lane.
      const bit = <usize>ctz(flags);
      flags &= flags - 1;
      const k = ((word + (bit >> 3)) << 1) + (bit & 1);
      const i = listed ? <usize>load<i32>(lanes + (k << 2)) : k;
      const state = start + <u64>i * SAMPLE_STEP;
      const first = state + STREAM_GAMMA;
      setStreamState(first);
      store<f64>(column + (i << 3), a + b * normalSlowFromBits(mix64(first)));
      ok = ok && drawsSince(state) <= DRAWS_PER_INPUT;
    }
  }
  return ok;
}

/** a + b · u for a uniform u in (0, 1) (each input's first draw) of each drawn lane into `column`. */
function uniformsInto(column: usize, start: u64, lanes: usize, count: usize, a: f64, b: f64): void {
  const first = start + STREAM_GAMMA;
  if (lanes == 0) {
    for (let i: usize = 0; i < count; i++) store<f64>(column + (i << 3), a + b * uniformFromBits(mix64(first + <u64>i * SAMPLE_STEP)));
    return;
  }
  for (let k: usize = 0; k < count; k++) {
    const i = <usize>load<i32>(lanes + (k << 2));
    store<f64>(column + (i << 3), a + b * uniformFromBits(mix64(first + <u64>i * SAMPLE_STEP)));
  }
}

/**
 * One row of a joint-draw table, picked by one uniform (the reference's drawInputs): writes the row's columns
 * but the first at `at` and the columns after it (one COLUMN_BYTES apart), and returns the first.
 */
function drawRow(stepAt: i32, at: usize): f64 {
  const width = intField(stepAt + 2);
  const rowCount = field(stepAt + 3);
  const rowsAt = intField(stepAt + 4);
  const row = <i32>Math.min(Math.floor(uniform() * rowCount), rowCount - 1);
  for (let c = 1; c < width; c++) store<f64>(at + <usize>c * COLUMN_BYTES, field(rowsAt + row * width + c));
  // The row's index goes to its own slot, for sensitivity binning (same lane as `at`).
  const lane = (at - programValuesAt) % COLUMN_BYTES;
  store<f64>(columnOf(programValuesAt, intField(stepAt + 5)) + lane, <f64>row);
  return field(rowsAt + row * width);
}
