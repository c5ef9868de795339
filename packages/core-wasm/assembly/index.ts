// Horizon's Monte-Carlo kernel. TypeScript validates and compiles the scenario, writes the ziggurat tables
// and the encoded plan (packages/sim/src/engine/encode-plan.ts) into this module's memory at the addresses
// of packages/sim/src/engine/kernel-memory.ts, calls `init` once, then `runBlock` per block of samples.
// Exports take scalars, read and write linear memory, and return a status code (./status.ts). Nothing
// allocates: state lives in module globals and in the program region, both set by `init`.

import { initRandom, startSample } from './random';
import { field, intField, planAddress, setPlanAddress } from './plan-access';
import { compileProgram, PROGRAM_OP_WORDS, runProgram, writeFixedSlots } from './program';
import { demandScheduleYear, exhaustionYear, singleSegmentYear } from './exhaustion-year';
import { addSensitivitySample, addSensitivityYear, finishSensitivity, sensitivityAt, setSensitivity } from './sections';
import { applyCopulas } from './copula';
import * as F from './plan-format';
import * as S from './status';

/** BINS_PER_YEAR of packages/sim/src/summary/sweep-summary.ts. */
const BINS_PER_YEAR: f64 = 128;
/** ln 6, the 6 of C = 6 N D; the same double as JavaScript's Math.log(6). */
const LN_6: f64 = 1.791759469228055;
/** i32 words per demand model and per stock in the program region, after the ops. */
const DEMAND_WORDS: i32 = 16;
const STOCK_WORDS: i32 = 4;

let ready = false;
let valuesAt: usize = 0;
let countsAt: usize = 0;
let demandTableAt: usize = 0;
let stockTableAt: usize = 0;
/** demandRateScale · ln rate of each segment of the sample's demand schedule (up to 64 segments). */
let scaledRatesAt: usize = 0;
let startYear: f64 = 0;
let horizonYear: f64 = 0;
let demandChoiceSlot: i32 = -1;
let demandsAt: i32 = 0;
let stockCount: i32 = 0;
let bins: i32 = 0;
/** Plan index of the uncertain break-year table, 0 when every break year is fixed. */
let breaksAt: i32 = 0;
/** Plan index of the copula table, 0 without correlations. */
let copulasAt: i32 = 0;
let maxEpochsAddress: usize = 0;
let rStarAddress: usize = 0;
/** ln of the repetition multiplier when maxEpochs and rStar are fixed (hoisted), else NaN. */
let fixedLnRepetition: f64 = NaN;
/** The what-if overrides applied to every sample (setOverrides): 16 bytes each, i32 address, i32 op, f64 amount. */
let overridesAt: usize = 0;
let overrideCount: i32 = 0;
const OVERRIDE_SET: i32 = 0;
const OVERRIDE_SCALE: i32 = 1;
const OVERRIDE_SCALE_LN: i32 = 2;

/** Start of the linear memory this module leaves free (the layout's regions start at or above it). */
export function heapBase(): usize {
  return __heap_base;
}

/** The plan format version this kernel reads. */
export function planFormatVersion(): i32 {
  return F.PLAN_FORMAT_VERSION;
}

/**
 * Reads the plan, sets the seed, compiles the draw program and hoists per-scenario constants: fixed inputs'
 * slots, the repetition multiplier when it is fixed, a fixed scaling law's exponents. Returns a status code.
 * `programAt` has room for stepCount·6 + demandCount·16 + stockCount·4 i32 words, then (16-byte aligned)
 * 64 f64 of per-sample scaled demand rates.
 *
 * Demand model words: 0 compute (0/1), 1 ln tokens0/flops0 address, 2 scheduleAt, 3 one-segment ln-rate
 * address (0: has breaks), 4 ln overtraining address, 5–8 A, B, alpha, beta addresses, 9 hoisted (0/1),
 * 10–11 f64 b, 12–13 f64 ln G. Stock words: 0 ln tokens0 address, 1 ln usableFraction address,
 * 2 scheduleAt, 3 one-segment ln-rate address (0: has breaks).
 */
export function init(seedValue: f64, tablesAt: usize, planAt: usize, values: usize, programAt: usize, counts: usize): i32 {
  ready = false;
  setPlanAddress(planAt);
  if (intField(F.H_VERSION) != F.PLAN_FORMAT_VERSION) return S.BAD_PLAN_VERSION;
  initRandom(<u64>seedValue, tablesAt);
  valuesAt = values;
  countsAt = counts;
  startYear = field(F.H_START_YEAR);
  horizonYear = field(F.H_HORIZON_YEAR);
  const stepCount = intField(F.H_STEP_COUNT);
  const stepsAt = intField(F.H_STEPS_AT);
  demandChoiceSlot = intField(F.H_DEMAND_CHOICE_SLOT);
  const demandCount = intField(F.H_DEMAND_COUNT);
  demandsAt = intField(F.H_DEMANDS_AT);
  stockCount = intField(F.H_STOCK_COUNT);
  bins = intField(F.H_BINS);
  breaksAt = intField(F.H_BREAKS_AT);
  copulasAt = intField(F.H_COPULAS_AT);
  if (!compileProgram(programAt, valuesAt, stepsAt, stepCount)) return S.BAD_PLAN_CODE;
  demandTableAt = programAt + (<usize>(stepCount * PROGRAM_OP_WORDS) << 2);
  stockTableAt = demandTableAt + (<usize>(demandCount * DEMAND_WORDS) << 2);
  scaledRatesAt = (stockTableAt + (<usize>(stockCount * STOCK_WORDS) << 2) + 15) & ~15;

  const maxEpochsSlot = intField(F.H_MAX_EPOCHS_SLOT);
  const rStarSlot = intField(F.H_R_STAR_SLOT);
  maxEpochsAddress = slotAddress(maxEpochsSlot);
  rStarAddress = slotAddress(rStarSlot);
  overrideCount = 0;
  for (let m = 0; m < demandCount; m++) {
    const at = demandsAt + m * F.DEMAND_LENGTH;
    const word = demandTableAt + (<usize>(m * DEMAND_WORDS) << 2);
    const compute = intField(at) == F.DEMAND_COMPUTE;
    store<i32>(word, compute ? 1 : 0);
    store<i32>(word, <i32>slotAddress(intField(at + 2)), 4);
    store<i32>(word, intField(at + 3), 8);
    store<i32>(word, <i32>singleRateAddress(intField(at + 3)), 12);
    if (!compute) continue;
    store<i32>(word, <i32>slotAddress(intField(at + 9)), 16);
    for (let p = 0; p < 4; p++) store<i32>(word + (<usize>p << 2), <i32>slotAddress(intField(at + 5 + p)), 20);
    const hoist = slotIsFixed(intField(at + 5)) && slotIsFixed(intField(at + 6)) && slotIsFixed(intField(at + 7)) && slotIsFixed(intField(at + 8));
    store<i32>(word, hoist ? 1 : 0, 36);
  }
  hoistConstants();
  for (let s = 0; s < stockCount; s++) {
    const at = intField(F.H_STOCKS_AT) + s * F.STOCK_LENGTH;
    const word = stockTableAt + (<usize>(s * STOCK_WORDS) << 2);
    store<i32>(word, <i32>slotAddress(intField(at)));
    store<i32>(word, <i32>slotAddress(intField(at + 1)), 4);
    store<i32>(word, intField(at + 2), 8);
    store<i32>(word, <i32>singleRateAddress(intField(at + 2)), 12);
  }
  setSections(0, 0, 0, 0);
  ready = true;
  return S.OK;
}

/** Computes what does not change from sample to sample: the repetition multiplier, fixed laws' exponents. */
function hoistConstants(): void {
  fixedLnRepetition = slotIsFixed(intField(F.H_MAX_EPOCHS_SLOT)) && slotIsFixed(intField(F.H_R_STAR_SLOT)) ? lnRepetition() : NaN;
  const demandCount = intField(F.H_DEMAND_COUNT);
  for (let m = 0; m < demandCount; m++) {
    const word = demandTableAt + (<usize>(m * DEMAND_WORDS) << 2);
    if (load<i32>(word) != 0 && load<i32>(word, 36) != 0) computeExponents(word);
  }
}

/**
 * Sets the what-if overrides of the samples that follow (packages/sim/src/whatif/vary-grid.ts): `count`
 * records of 4 f64 at `tableAt` (slot, op 0 set / 1 scale, natural value or factor, log-space 0/1). A set
 * writes the value (its ln for a log-space slot), a scale multiplies every draw (adds the factor's ln). Fixed
 * slots are changed once here, after restoring their values; the others after each sample's draws. `listAt`
 * has room for 16 bytes per record. Returns a status code.
 */
export function setOverrides(tableAt: usize, count: i32, listAt: usize): i32 {
  if (!ready) return S.NOT_INITIALISED;
  writeFixedSlots(valuesAt, intField(F.H_STEPS_AT), intField(F.H_STEP_COUNT));
  overridesAt = listAt;
  overrideCount = 0;
  for (let k = 0; k < count; k++) {
    const record = tableAt + (<usize>k << 5);
    const slot = <i32>load<f64>(record);
    const scale = load<f64>(record, 8) != 0;
    const logSpace = load<f64>(record, 24) != 0;
    const amount = logSpace ? Math.log(load<f64>(record, 16)) : load<f64>(record, 16);
    const op = !scale ? OVERRIDE_SET : logSpace ? OVERRIDE_SCALE_LN : OVERRIDE_SCALE;
    if (slotIsFixed(slot)) {
      applyOverride(slotAddress(slot), op, amount);
    } else {
      const entry = listAt + (<usize>overrideCount << 4);
      store<i32>(entry, <i32>slotAddress(slot));
      store<i32>(entry, op, 4);
      store<f64>(entry, amount, 8);
      overrideCount++;
    }
  }
  hoistConstants();
  return S.OK;
}

@inline function applyOverride(address: usize, op: i32, amount: f64): void {
  if (op == OVERRIDE_SET) store<f64>(address, amount);
  else if (op == OVERRIDE_SCALE_LN) store<f64>(address, load<f64>(address) + amount);
  else store<f64>(address, load<f64>(address) * amount);
}

@inline function slotAddress(slot: i32): usize {
  return valuesAt + (<usize>slot << 3);
}

/** Address of a one-segment schedule's ln-rate slot, or 0 when the schedule has breaks. */
function singleRateAddress(scheduleAt: i32): usize {
  return intField(scheduleAt) == 1 ? slotAddress(intField(scheduleAt + 1)) : 0;
}

/** Whether `slot` is filled by a fixed distribution (so init has set it once for the whole run). */
function slotIsFixed(slot: i32): bool {
  const stepCount = intField(F.H_STEP_COUNT);
  const stepsAt = intField(F.H_STEPS_AT);
  for (let k = 0; k < stepCount; k++) {
    const at = stepsAt + k * F.STEP_LENGTH;
    if (intField(at) == F.STEP_DIST && intField(at + 1) == slot) return intField(intField(at + 4)) == F.DIST_FIXED;
  }
  return false;
}

/** ln m, m = 1 + R*(1 − exp(−(maxEpochs − 1)/R*)) (Muennighoff et al. 2023), with expm1 as model/repetition.ts. */
@inline function lnRepetition(): f64 {
  const rStar = load<f64>(rStarAddress);
  return Math.log(1 - rStar * Math.expm1(-(load<f64>(maxEpochsAddress) - 1) / rStar));
}

/** b = alpha/(alpha+beta), ln G = (ln(alpha A) − ln(beta B))/(alpha+beta) (model/compute-optimal.ts). */
@inline function computeExponents(word: usize): void {
  const A = load<f64>(<usize>load<i32>(word, 20));
  const B = load<f64>(<usize>load<i32>(word, 24));
  const alpha = load<f64>(<usize>load<i32>(word, 28));
  const beta = load<f64>(<usize>load<i32>(word, 32));
  const sum = alpha + beta;
  store<f64>(word, alpha / sum, 40);
  store<f64>(word, (Math.log(alpha * A) - Math.log(beta * B)) / sum, 48);
}

// The sample drawn last, set by drawSample and read by stockYear.
let lnDemand0: f64 = 0;
let demandRateScale: f64 = 1;
let demandScheduleAt: i32 = 0;
/** demandRateScale · ln rate for a one-segment demand schedule; NaN otherwise. */
let scaledDemandRate: f64 = NaN;
/** First demand segment ending after startYear (demand schedules with breaks). */
let firstDemandSegment: i32 = 0;
let lnRepetitionNow: f64 = 0;

/** Copies the sample's uncertain break years from their slots into their schedules' fields (encode-plan.ts). */
function copyBreakYears(): void {
  const count = intField(breaksAt);
  for (let k = 0; k < count; k++) {
    store<f64>(planAddress(intField(breaksAt + 1 + 2 * k)), load<f64>(slotAddress(intField(breaksAt + 2 + 2 * k))));
  }
}

/** Draws sample `sampleIndex` and derives its demand; returns a status code. */
@inline function drawSample(sampleIndex: u64): i32 {
  startSample(sampleIndex);
  if (!runProgram(valuesAt)) return S.TOO_MANY_DRAWS;
  if (copulasAt != 0) applyCopulas(copulasAt, valuesAt);
  // What-if overrides come last, on the correlated values: fixing an input leaves its partners as they were.
  for (let k = 0; k < overrideCount; k++) {
    const entry = overridesAt + (<usize>k << 4);
    applyOverride(<usize>load<i32>(entry), load<i32>(entry, 4), load<f64>(entry, 8));
  }
  if (breaksAt != 0) copyBreakYears();
  let model = 0;
  if (demandChoiceSlot >= 0) {
    const choice = load<f64>(slotAddress(demandChoiceSlot));
    while (choice >= field(demandsAt + model * F.DEMAND_LENGTH + 1)) model++;
  }
  const word = demandTableAt + (<usize>(model * DEMAND_WORDS) << 2);
  const lnX0 = load<f64>(<usize>load<i32>(word, 4));
  demandScheduleAt = load<i32>(word, 8);
  if (load<i32>(word) == 0) {
    lnDemand0 = lnX0;
    demandRateScale = 1;
  } else {
    if (load<i32>(word, 36) == 0) computeExponents(word);
    const b = load<f64>(word, 40);
    lnDemand0 = b * (lnX0 - LN_6) - load<f64>(word, 48) + 0.5 * load<f64>(<usize>load<i32>(word, 16));
    demandRateScale = b;
  }
  const rateAddress = <usize>load<i32>(word, 12);
  if (rateAddress != 0) {
    scaledDemandRate = demandRateScale * load<f64>(rateAddress);
  } else {
    scaledDemandRate = NaN;
    // Schedule: n, n − 1 break years, n ln-rate slots.
    const n = intField(demandScheduleAt);
    firstDemandSegment = 0;
    while (firstDemandSegment < n - 1 && field(demandScheduleAt + 1 + firstDemandSegment) <= startYear) firstDemandSegment++;
    for (let k = firstDemandSegment; k < n; k++) {
      const rate = load<f64>(slotAddress(intField(demandScheduleAt + n + k)));
      store<f64>(scaledRatesAt + (<usize>k << 3), demandRateScale * rate);
    }
  }
  lnRepetitionNow = isNaN(fixedLnRepetition) ? lnRepetition() : fixedLnRepetition;
  return S.OK;
}

/** ln(m · usableFraction · tokens0) of stock `stock` in the sample drawn last, in the reference's order. */
@inline function lnSupply0Of(word: usize): f64 {
  return lnRepetitionNow + load<f64>(<usize>load<i32>(word, 4)) + load<f64>(<usize>load<i32>(word));
}

/** Exhaustion year of stock `stock` in the sample drawn last. */
@inline function stockYear(stock: i32): f64 {
  const word = stockTableAt + (<usize>(stock * STOCK_WORDS) << 2);
  const lnSupply0 = lnSupply0Of(word);
  const lnGap = lnDemand0 - lnSupply0;
  const rateAddress = <usize>load<i32>(word, 12);
  if (rateAddress != 0) {
    if (!isNaN(scaledDemandRate)) return singleSegmentYear(startYear, horizonYear, lnGap, scaledDemandRate - load<f64>(rateAddress));
    return demandScheduleYear(startYear, horizonYear, lnGap, demandScheduleAt, scaledRatesAt, firstDemandSegment, load<f64>(rateAddress));
  }
  return exhaustionYear(startYear, horizonYear, lnGap, demandRateScale, demandScheduleAt, load<i32>(word, 8), valuesAt);
}

/**
 * Turns the optional sensitivity section on or off (an address of 0 is off); see ./sections.ts and
 * packages/sim/src/engine/kernel-memory.ts for its region.
 */
export function setSections(sensitivity: usize, inputs: i32, sensitivityBins: i32, yearScale: f64): void {
  setSensitivity(sensitivity, inputs, sensitivityBins, yearScale, stockCount, valuesAt);
}

/**
 * Adds samples [firstSample, firstSample + count) into the counts: per stock, u32 already, u32 never, then
 * `bins` u32 bins of 1/128 year. With sensitivity on, writes that section's per-block sums at the end (then
 * count must be at most 2^16, so that they stay exact). Returns a status code.
 */
export function runBlock(firstSample: f64, count: i32): i32 {
  if (!ready) return S.NOT_INITIALISED;
  const first = <u64>firstSample;
  const stride = <usize>(bins + 2) << 2;
  const lastBin = bins - 1;
  const sensitivity = sensitivityAt != 0;
  for (let i = 0; i < count; i++) {
    const sampleIndex = first + <u64>i;
    const status = drawSample(sampleIndex);
    if (status != S.OK) return status;
    let counts = countsAt;
    for (let s = 0; s < stockCount; s++) {
      const year = stockYear(s);
      if (sensitivity) addSensitivityYear(s, year, startYear, horizonYear);
      let address: usize;
      if (year == Infinity) address = counts + 4;
      else if (year <= startYear) address = counts;
      // year > startYear, so the right-closed bin (summary/sweep-summary.ts) is ceil − 1 ≥ 0.
      else address = counts + 8 + (<usize>min(<i32>Math.ceil((year - startYear) * BINS_PER_YEAR) - 1, lastBin) << 2);
      store<u32>(address, load<u32>(address) + 1);
      counts += stride;
    }
    if (sensitivity) addSensitivitySample(valuesAt);
  }
  if (sensitivity) finishSensitivity();
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

export { libmExp, libmLog } from './libm-probe';
