// The draw steps compiled once, at init, into a compact i32 program, so the per-sample loop reads no f64
// codes and takes one br_table per step: each op is a (distribution, log-space) pair with its parameters'
// byte address, and fixed inputs are dropped (init writes their slots once for the whole run).
// Words per op (PROGRAM_OP_WORDS): 0 op, 1 byte address of the target slot's column, 2 byte address of the
// distribution's first parameter, 3 plan index of the step (for the generic ops), 4–5 the step's stream key
// (u64): each op draws from its own input's sub-stream, which starts at inputStart(key).

import { drawsSince, inputStart, mix64, mix64x2, normalSlowFromBits, SAMPLE_STEP, setStreamState, STREAM_GAMMA, uniform, uniformFromBitsX2, zigRatio, zigX } from './random';
import { COLUMN_BYTES, columnOf } from './block';
import { field, intField, planAddress, sampleDist, sampleTruncated, triangularInverse } from './plan-access';
import * as F from './plan-format';
import { logColumn } from './vector-math';

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
    store<i32>(word, op);
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
 * and the ops that call out take a second, per-sample pass. Returns false when an input took more than
 * DRAWS_PER_INPUT draws in some sample (only the rare paths can).
 */
export function drawBlock(first: u64, n: i32): bool {
  let word = programAt;
  const end = programAt + (<usize>(opCount * PROGRAM_OP_WORDS) << 2);
  let ok = true;
  const count = <usize>n;
  while (word < end) {
    const column = <usize>load<i32>(word, 4);
    const p = <usize>load<i32>(word, 8);
    const op = load<i32>(word);
    const start = inputStart(first, load<u64>(word, 16));
    if (op <= OP_NORMAL_LN) {
      if (!normalsInto(column, start, count)) ok = false;
      affineInto(column, load<f64>(p), load<f64>(p, 8), count);
      if (op == OP_LOGNORMAL) for (let i: usize = 0; i < count; i++) store<f64>(column + (i << 3), Math.exp(load<f64>(column + (i << 3))));
      else if (op == OP_NORMAL_LN) logColumn(column, count);
    } else if (op <= OP_TRIANGULAR_LN) {
      uniformsInto(column, start, count);
      const a = load<f64>(p);
      const b = load<f64>(p, 8);
      if (op == OP_TRIANGULAR || op == OP_TRIANGULAR_LN) {
        const c = load<f64>(p, 16);
        for (let i: usize = 0; i < count; i++) store<f64>(column + (i << 3), triangularInverse(a, b, c, load<f64>(column + (i << 3))));
      } else {
        affineInto(column, a, b - a, count);
      }
      if (op == OP_UNIFORM_LN || op == OP_TRIANGULAR_LN) logColumn(column, count);
      else if (op == OP_LOGUNIFORM) for (let i: usize = 0; i < count; i++) store<f64>(column + (i << 3), Math.exp(load<f64>(column + (i << 3))));
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
    word += PROGRAM_OP_WORDS << 2;
  }
  return ok;
}

/**
 * Standard normals of the block's samples into `column`: the ziggurat's fast path over the block (a declined
 * draw leaves NaN), then the rare paths for those. Returns false when a sample passed its draw budget.
 */
function normalsInto(column: usize, start: u64, count: usize): bool {
  // Two samples a step (a block's column has room for the odd lane past the end): their states differ by
  // SAMPLE_STEP; the stream mixes and scales both lanes at once, the ziggurat reads its tables lane by lane.
  let st = i64x2.replace_lane(i64x2.splat(start + STREAM_GAMMA), 1, start + STREAM_GAMMA + SAMPLE_STEP);
  const step = i64x2.splat(SAMPLE_STEP << 1);
  let declined = f64x2.splat(0);
  for (let i: usize = 0; i < count; i += 2) {
    const bits = mix64x2(st);
    const u = f64x2.sub(f64x2.mul(f64x2.splat(2), uniformFromBitsX2(bits)), f64x2.splat(1));
    const layer0 = <usize>(i64x2.extract_lane(bits, 0) & 0x7f) << 3;
    const layer1 = <usize>(i64x2.extract_lane(bits, 1) & 0x7f) << 3;
    const ratio = f64x2.replace_lane(f64x2.splat(load<f64>(zigRatio + layer0)), 1, load<f64>(zigRatio + layer1));
    const x = f64x2.replace_lane(f64x2.splat(load<f64>(zigX + layer0)), 1, load<f64>(zigX + layer1));
    const inside = f64x2.lt(f64x2.abs(u), ratio);
    v128.store(column + (i << 3), v128.bitselect(f64x2.mul(u, x), f64x2.splat(NaN), inside));
    declined = v128.or(declined, v128.not(inside));
    st = i64x2.add(st, step);
  }
  // Lanes past `count` may have declined too: the rare pass below only looks at the block's samples.
  if (!v128.any_true(declined)) return true;
  let ok = true;
  let state = start;
  for (let i: usize = 0; i < count; i++) {
    if (isNaN(load<f64>(column + (i << 3)))) {
      const first = state + STREAM_GAMMA;
      setStreamState(first);
      store<f64>(column + (i << 3), normalSlowFromBits(mix64(first)));
      ok = ok && drawsSince(state) <= DRAWS_PER_INPUT;
    }
    state += SAMPLE_STEP;
  }
  return ok;
}

/** One uniform in (0, 1) per sample of the block into `column` (each input's first draw), two at a time. */
function uniformsInto(column: usize, start: u64, count: usize): void {
  let st = i64x2.replace_lane(i64x2.splat(start + STREAM_GAMMA), 1, start + STREAM_GAMMA + SAMPLE_STEP);
  const step = i64x2.splat(SAMPLE_STEP << 1);
  for (let i: usize = 0; i < count; i += 2) {
    v128.store(column + (i << 3), uniformFromBitsX2(mix64x2(st)));
    st = i64x2.add(st, step);
  }
}

/** column[i] = a + b · column[i] for the block's samples, two at a time (the same operations lane by lane). */
function affineInto(column: usize, a: f64, b: f64, count: usize): void {
  const va = f64x2.splat(a);
  const vb = f64x2.splat(b);
  for (let i: usize = 0; i < count; i += 2) {
    const at = column + (i << 3);
    v128.store(at, f64x2.add(va, f64x2.mul(vb, v128.load(at))));
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
