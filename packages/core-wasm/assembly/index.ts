// Horizon's Monte-Carlo kernel. TypeScript validates and compiles the scenario, writes the ziggurat tables
// and the encoded plan (packages/sim/src/engine/encode-plan.ts) into this module's memory at the addresses
// of packages/sim/src/engine/kernel-memory.ts, calls `init` once, then `runBlock` per block of samples.
// Exports take scalars, read and write linear memory, and return a status code (./status.ts). Nothing
// allocates: state lives in module globals set by `init`.

import { drawsThisSample, initRandom, startSample, uniform } from './random';
import { field, intField, isKnownDist, sampleDist, sampleTruncated, setPlanAddress } from './plan-access';
import { exhaustionYear } from './exhaustion-year';
import * as F from './plan-format';
import * as S from './status';

/** DRAWS_PER_SAMPLE of packages/sim/src/random/splitmix64.ts. */
const DRAWS_PER_SAMPLE: u64 = 1 << 20;
/** BINS_PER_YEAR of packages/sim/src/summary/sweep-summary.ts. */
const BINS_PER_YEAR: f64 = 128;
/** ln 6, the 6 of C = 6 N D; the same double as JavaScript's Math.log(6). */
const LN_6: f64 = 1.791759469228055;

let ready = false;
let valuesAt: usize = 0;
let derivedAt: usize = 0;
let countsAt: usize = 0;
let startYear: f64 = 0;
let horizonYear: f64 = 0;
let stepCount: i32 = 0;
let stepsAt: i32 = 0;
let demandChoiceSlot: i32 = -1;
let demandCount: i32 = 0;
let demandsAt: i32 = 0;
let maxEpochsSlot: i32 = 0;
let rStarSlot: i32 = 0;
let stockCount: i32 = 0;
let stocksAt: i32 = 0;
let bins: i32 = 0;
/** ln of the repetition multiplier when maxEpochs and rStar are fixed (hoisted), else NaN. */
let fixedLnRepetition: f64 = NaN;

/** Slot `slot` of the per-sample value vector. */
@inline function value(slot: i32): f64 {
  return load<f64>(valuesAt + (<usize>slot << 3));
}

@inline function setValue(slot: i32, v: f64): void {
  store<f64>(valuesAt + (<usize>slot << 3), v);
}

/** Start of the linear memory this module leaves free (the layout's regions start at or above it). */
export function heapBase(): usize {
  return __heap_base;
}

/** The plan format version this kernel reads. */
export function planFormatVersion(): i32 {
  return F.PLAN_FORMAT_VERSION;
}

/**
 * Reads the plan's header, sets the seed and hoists per-scenario constants: fixed inputs' slots, the
 * repetition multiplier when it is fixed, a fixed scaling law's exponents. Returns a status code.
 * `derived` holds 4 f64 per demand model: hoisted (0/1), b, ln G, reserved.
 */
export function init(seedValue: f64, tablesAt: usize, planAt: usize, values: usize, derived: usize, counts: usize): i32 {
  ready = false;
  setPlanAddress(planAt);
  if (intField(F.H_VERSION) != F.PLAN_FORMAT_VERSION) return S.BAD_PLAN_VERSION;
  initRandom(<u64>seedValue, tablesAt);
  valuesAt = values;
  derivedAt = derived;
  countsAt = counts;
  startYear = field(F.H_START_YEAR);
  horizonYear = field(F.H_HORIZON_YEAR);
  stepCount = intField(F.H_STEP_COUNT);
  stepsAt = intField(F.H_STEPS_AT);
  demandChoiceSlot = intField(F.H_DEMAND_CHOICE_SLOT);
  demandCount = intField(F.H_DEMAND_COUNT);
  demandsAt = intField(F.H_DEMANDS_AT);
  maxEpochsSlot = intField(F.H_MAX_EPOCHS_SLOT);
  rStarSlot = intField(F.H_R_STAR_SLOT);
  stockCount = intField(F.H_STOCK_COUNT);
  stocksAt = intField(F.H_STOCKS_AT);
  bins = intField(F.H_BINS);

  for (let k = 0; k < stepCount; k++) {
    const at = stepsAt + k * F.STEP_LENGTH;
    const kind = intField(at);
    if (kind == F.STEP_ROW) continue;
    if (kind != F.STEP_DIST) return S.BAD_PLAN_CODE;
    const distAt = intField(at + 4);
    const code = intField(distAt);
    if (!isKnownDist(code)) return S.BAD_PLAN_CODE;
    if (code == F.DIST_FIXED) {
      const fixed = field(distAt + 1);
      setValue(intField(at + 1), intField(at + 2) != 0 ? Math.log(fixed) : fixed);
    }
  }
  fixedLnRepetition = slotIsFixed(maxEpochsSlot) && slotIsFixed(rStarSlot) ? lnRepetition() : NaN;
  for (let m = 0; m < demandCount; m++) {
    const at = demandsAt + m * F.DEMAND_LENGTH;
    const out = derivedAt + (<usize>m << 5);
    const hoist = intField(at) == F.DEMAND_COMPUTE
      && slotIsFixed(intField(at + 5)) && slotIsFixed(intField(at + 6)) && slotIsFixed(intField(at + 7)) && slotIsFixed(intField(at + 8));
    store<f64>(out, hoist ? 1 : 0);
    if (hoist) computeExponents(at, out);
  }
  ready = true;
  return S.OK;
}

/** Whether `slot` is filled by a fixed distribution (so init has set it once for the whole run). */
function slotIsFixed(slot: i32): bool {
  for (let k = 0; k < stepCount; k++) {
    const at = stepsAt + k * F.STEP_LENGTH;
    if (intField(at) == F.STEP_DIST && intField(at + 1) == slot) return intField(intField(at + 4)) == F.DIST_FIXED;
  }
  return false;
}

/** ln m, m = 1 + R*(1 − exp(−(maxEpochs − 1)/R*)) (Muennighoff et al. 2023), as model/repetition.ts. */
@inline function lnRepetition(): f64 {
  const rStar = value(rStarSlot);
  return Math.log(1 + rStar * (1 - Math.exp(-(value(maxEpochsSlot) - 1) / rStar)));
}

/** b = alpha/(alpha+beta) and ln G = (ln(alpha A) − ln(beta B))/(alpha+beta) (model/compute-optimal.ts) into out+8, out+16. */
@inline function computeExponents(demandAt: i32, out: usize): void {
  const A = value(intField(demandAt + 5));
  const B = value(intField(demandAt + 6));
  const alpha = value(intField(demandAt + 7));
  const beta = value(intField(demandAt + 8));
  const sum = alpha + beta;
  store<f64>(out, alpha / sum, 8);
  store<f64>(out, (Math.log(alpha * A) - Math.log(beta * B)) / sum, 16);
}

/** Runs the plan's draw steps for sample `sampleIndex` into the value vector (fixed steps are already set). */
@inline function drawInputs(sampleIndex: u64): void {
  startSample(sampleIndex);
  for (let k = 0; k < stepCount; k++) {
    const at = stepsAt + k * F.STEP_LENGTH;
    const slot = intField(at + 1);
    if (intField(at) == F.STEP_DIST) {
      const distAt = intField(at + 4);
      if (intField(distAt) == F.DIST_FIXED) continue;
      const logSpace = intField(at + 2) != 0;
      setValue(slot, intField(at + 3) != 0
        ? sampleTruncated(distAt, logSpace, field(at + 5), field(at + 6), intField(at + 7))
        : sampleDist(distAt, logSpace));
    } else {
      drawRow(at, slot);
    }
  }
}

/** One row of a joint-draw table, picked by one uniform (the reference's drawInputs). */
function drawRow(at: i32, slot: i32): void {
  const width = intField(at + 2);
  const rowCount = field(at + 3);
  const rowsAt = intField(at + 4);
  const row = <i32>Math.min(Math.floor(uniform() * rowCount), rowCount - 1);
  for (let c = 0; c < width; c++) setValue(slot + c, field(rowsAt + row * width + c));
}

// Per-sample demand, set by drawSample and read by stockYear.
let lnDemand0: f64 = 0;
let demandRateScale: f64 = 1;
let demandScheduleAt: i32 = 0;
let lnRepetitionNow: f64 = 0;

/** Draws sample `sampleIndex` and derives its demand; returns a status code. */
@inline function drawSample(sampleIndex: u64): i32 {
  drawInputs(sampleIndex);
  if (drawsThisSample() > DRAWS_PER_SAMPLE) return S.TOO_MANY_DRAWS;
  let model = 0;
  if (demandChoiceSlot >= 0) {
    const choice = value(demandChoiceSlot);
    while (choice >= field(demandsAt + model * F.DEMAND_LENGTH + 1)) model++;
  }
  const at = demandsAt + model * F.DEMAND_LENGTH;
  demandScheduleAt = intField(at + 3);
  if (intField(at) == F.DEMAND_TREND) {
    lnDemand0 = value(intField(at + 2));
    demandRateScale = 1;
  } else {
    const exponents = derivedAt + (<usize>model << 5);
    if (load<f64>(exponents) == 0) computeExponents(at, exponents);
    const b = load<f64>(exponents, 8);
    const lnG = load<f64>(exponents, 16);
    lnDemand0 = b * (value(intField(at + 2)) - LN_6) - lnG + 0.5 * value(intField(at + 9));
    demandRateScale = b;
  }
  lnRepetitionNow = isNaN(fixedLnRepetition) ? lnRepetition() : fixedLnRepetition;
  return S.OK;
}

/** Exhaustion year of stock `stock` in the sample drawn last. */
@inline function stockYear(stock: i32): f64 {
  const at = stocksAt + stock * F.STOCK_LENGTH;
  const lnSupply0 = lnRepetitionNow + value(intField(at + 1)) + value(intField(at));
  return exhaustionYear(startYear, horizonYear, lnDemand0 - lnSupply0, demandRateScale, demandScheduleAt, intField(at + 2), valuesAt);
}

/**
 * Adds samples [firstSample, firstSample + count) into the counts: per stock, u32 already, u32 never, then
 * `bins` u32 bins of 1/128 year. Returns a status code.
 */
export function runBlock(firstSample: f64, count: i32): i32 {
  if (!ready) return S.NOT_INITIALISED;
  const first = <u64>firstSample;
  const stride = <usize>(bins + 2) << 2;
  const lastBin = bins - 1;
  for (let i = 0; i < count; i++) {
    const status = drawSample(first + <u64>i);
    if (status != S.OK) return status;
    let counts = countsAt;
    for (let s = 0; s < stockCount; s++) {
      const year = stockYear(s);
      let address: usize;
      if (year == Infinity) address = counts + 4;
      else if (year <= startYear) address = counts;
      else address = counts + 8 + (<usize>min(<i32>Math.floor((year - startYear) * BINS_PER_YEAR), lastBin) << 2);
      store<u32>(address, load<u32>(address) + 1);
      counts += stride;
    }
  }
  return S.OK;
}

/** Test hook: writes the exhaustion year of every stock of samples [firstSample, +count) as f64 at `outAt`, sample-major. */
export function sampleYears(firstSample: f64, count: i32, outAt: usize): i32 {
  if (!ready) return S.NOT_INITIALISED;
  const first = <u64>firstSample;
  let out = outAt;
  for (let i = 0; i < count; i++) {
    const status = drawSample(first + <u64>i);
    if (status != S.OK) return status;
    for (let s = 0; s < stockCount; s++) {
      store<f64>(out, stockYear(s));
      out += 8;
    }
  }
  return S.OK;
}
