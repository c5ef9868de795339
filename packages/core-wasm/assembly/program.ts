// The draw steps compiled once, at init, into a compact i32 program, so the per-sample loop reads no f64
// codes and takes one br_table per step: each op is a (distribution, log-space) pair with its parameters'
// byte address, and fixed inputs are dropped (init writes their slots once for the whole run).
// Words per op (PROGRAM_OP_WORDS): 0 op, 1 byte address of the target slot, 2 byte address of the
// distribution's first parameter, 3 plan index of the step (for the generic ops), 4–5 the step's stream key
// (u64): each op draws from its own input's sub-stream, which starts at inputStart(key).

import { drawsSince, inputStart, mix64, normalFast, normalSlowFromBits, setStreamState, STREAM_GAMMA, streamState, uniform, uniformFromBits } from './random';
import { field, intField, planAddress, sampleDist, sampleTruncated, triangularInverse } from './plan-access';
import * as F from './plan-format';

export const PROGRAM_OP_WORDS: i32 = 6;
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

@inline function rowIndexAddress(stepAt: i32): usize {
  return programValuesAt + (<usize>intField(stepAt + 5) << 3);
}
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
    const slotAddress = valuesAt + (<usize>intField(stepAt + 1) << 3);
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
        store<f64>(slotAddress, logSpace ? Math.log(fixed) : fixed);
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

/** Writes every fixed input's value into its slot (init does it once; setOverrides restores them). */
export function writeFixedSlots(valuesAt: usize, stepsAt: i32, stepCount: i32): void {
  for (let k = 0; k < stepCount; k++) {
    const stepAt = stepsAt + k * F.STEP_LENGTH;
    if (intField(stepAt) != F.STEP_DIST) continue;
    const distAt = intField(stepAt + 4);
    if (intField(distAt) != F.DIST_FIXED) continue;
    const fixed = field(distAt + 1);
    store<f64>(valuesAt + (<usize>intField(stepAt + 1) << 3), intField(stepAt + 2) != 0 ? Math.log(fixed) : fixed);
  }
}

/**
 * Runs the program once: one sample's draws into the value vector, each op on its input's sub-stream (after
 * startSample). Returns false when an input took more than DRAWS_PER_INPUT draws (only the rare paths can).
 */
@inline export function runProgram(valuesAt: usize): bool {
  let word = programAt;
  const end = programAt + (<usize>(opCount * PROGRAM_OP_WORDS) << 2);
  let ok = true;
  while (word < end) {
    const slot = <usize>load<i32>(word, 4);
    const p = <usize>load<i32>(word, 8);
    const op = load<i32>(word);
    // The stream's state stays in a local for the common ops; calls that draw get it written back first.
    const start = inputStart(load<u64>(word, 16));
    let st = start;
    let v: f64;
    if (op <= OP_NORMAL_LN) {
      // A ziggurat normal: lognormal (ln or natural) and normal (natural or ln).
      st += STREAM_GAMMA;
      const bits = mix64(st);
      let z = normalFast(bits);
      if (isNaN(z)) {
        setStreamState(st);
        z = normalSlowFromBits(bits);
        ok = ok && drawsSince(start) <= DRAWS_PER_INPUT;
      }
      const x = load<f64>(p) + load<f64>(p, 8) * z;
      v = op == OP_LOGNORMAL_LN ? x : op == OP_LOGNORMAL ? Math.exp(x) : op == OP_NORMAL ? x : Math.log(x);
    } else if (op <= OP_TRIANGULAR_LN) {
      // One uniform: uniform, log-uniform, triangular.
      st += STREAM_GAMMA;
      const u = uniformFromBits(mix64(st));
      const a = load<f64>(p);
      const b = load<f64>(p, 8);
      if (op == OP_UNIFORM || op == OP_LOGUNIFORM_LN) v = a + (b - a) * u;
      else if (op == OP_UNIFORM_LN) v = Math.log(a + (b - a) * u);
      else if (op == OP_LOGUNIFORM) v = Math.exp(a + (b - a) * u);
      else if (op == OP_TRIANGULAR) v = triangularInverse(a, b, load<f64>(p, 16), u);
      else v = Math.log(triangularInverse(a, b, load<f64>(p, 16), u));
    } else {
      setStreamState(st);
      const stepAt = load<i32>(word, 12);
      if (op == OP_GENERIC) v = sampleDist(intField(stepAt + 4), intField(stepAt + 2) != 0);
      else if (op == OP_TRUNCATED) v = sampleTruncated(intField(stepAt + 4), intField(stepAt + 2) != 0, field(stepAt + 5), field(stepAt + 6), intField(stepAt + 7));
      else {
        drawRow(stepAt, slot);
        v = load<f64>(slot);
      }
      ok = ok && drawsSince(start) <= DRAWS_PER_INPUT;
    }
    store<f64>(slot, v);
    word += PROGRAM_OP_WORDS << 2;
  }
  return ok;
}

/** One row of a joint-draw table, picked by one uniform (the reference's drawInputs). */
function drawRow(stepAt: i32, slotAddress: usize): void {
  const width = intField(stepAt + 2);
  const rowCount = field(stepAt + 3);
  const rowsAt = intField(stepAt + 4);
  const row = <i32>Math.min(Math.floor(uniform() * rowCount), rowCount - 1);
  for (let c = 0; c < width; c++) store<f64>(slotAddress + (<usize>c << 3), field(rowsAt + row * width + c));
  // The row's index goes to its own slot, for sensitivity binning.
  store<f64>(rowIndexAddress(stepAt), <f64>row);
}
