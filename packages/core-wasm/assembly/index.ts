// Horizon's Monte-Carlo kernel. TypeScript validates and compiles the scenario, writes the ziggurat tables
// and the encoded plan (packages/sim/src/engine/encode-plan.ts) into this module's memory at the addresses
// of packages/sim/src/engine/kernel-memory.ts, calls `init` once, then `runBlock` per range of samples.
// The samples run in blocks of BLOCK_LANES, structure of arrays (./block.ts): every input drawn for the
// whole block into its column, then demand, then each stock's crossing, then binning, each over the block.
// Exports take scalars, read and write linear memory, and return a status code (./status.ts). Nothing
// allocates: state lives in module globals and in the program region, both set by `init`.

import { initRandom } from './random';
import { field, intField, planAddress, setPlanAddress } from './plan-access';
import { compileProgram, drawBlock, writeFixedSlots } from './program';
import * as L from './layout';
import { demandScheduleYear, exhaustionYear, singleSegmentYear } from './exhaustion-year';
import { addSensitivityBlock, addSensitivityYears, finishSensitivity, sensitivityAt, setSensitivity } from './sections';
import { BLOCK_LANES, COLUMN_BYTES, columnOf } from './block';
import { applyCopulas } from './copula';
import * as F from './plan-format';
import * as S from './status';

/** BINS_PER_YEAR of packages/sim/src/summary/sweep-summary.ts. */
const BINS_PER_YEAR: f64 = 128;
/** ln 6, the 6 of C = 6 N D; the same double as JavaScript's Math.log(6). */
const LN_6: f64 = 1.791759469228055;
const DEMAND_WORDS = L.DEMAND_WORDS;
const STOCK_WORDS = L.STOCK_WORDS;

let ready = false;
let valuesAt: usize = 0;
let countsAt: usize = 0;
let demandTableAt: usize = 0;
let stockTableAt: usize = 0;
// The block's per-sample derived values, BLOCK_LANES each (regions lnDemand0 … schedules of kernel-memory.ts): f64 ln
// demand at startYear, the demand rate's scale (b, or 1 for a trend), scale · ln rate for a one-segment
// demand schedule (NaN otherwise), ln of the repetition multiplier; i32 demand schedule; then f64 years of
// each stock.
let lnDemand0At: usize = 0;
let rateScaleAt: usize = 0;
let scaledRateAt: usize = 0;
let lnRepetitionAt: usize = 0;
let scheduleAt: usize = 0;
let yearsAt: usize = 0;
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
/** The what-if overrides applied to every sample (setOverrides): OVERRIDE_ENTRY_BYTES each, i32 column, i32 op, f64 amount. */
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
 * Every region's address comes from the address table at `layoutAt` (./layout.ts).
 *
 * Demand model words: 0 compute (0/1), 1 ln tokens0/flops0 column, 2 scheduleAt, 3 one-segment ln-rate
 * column (0: has breaks), 4 ln overtraining column, 5–8 A, B, alpha, beta columns, 9 hoisted (0/1),
 * 10–11 f64 b, 12–13 f64 ln G. Stock words: 0 ln tokens0 column, 1 ln usableFraction column,
 * 2 scheduleAt, 3 one-segment ln-rate column (0: has breaks).
 */
export function init(seedValue: f64, layoutAt: usize): i32 {
  ready = false;
  L.setLayout(layoutAt);
  setPlanAddress(L.regionAt(L.AT_PLAN));
  if (intField(F.H_VERSION) != F.PLAN_FORMAT_VERSION) return S.BAD_PLAN_VERSION;
  initRandom(<u64>seedValue, L.regionAt(L.AT_TABLES));
  valuesAt = L.regionAt(L.AT_VALUES);
  countsAt = L.regionAt(L.AT_COUNTS);
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
  if (!compileProgram(L.regionAt(L.AT_PROGRAM), valuesAt, stepsAt, stepCount)) return S.BAD_PLAN_CODE;
  demandTableAt = L.regionAt(L.AT_DEMAND_TABLE);
  stockTableAt = L.regionAt(L.AT_STOCK_TABLE);
  lnDemand0At = L.regionAt(L.AT_LN_DEMAND0);
  rateScaleAt = L.regionAt(L.AT_RATE_SCALE);
  scaledRateAt = L.regionAt(L.AT_SCALED_RATE);
  lnRepetitionAt = L.regionAt(L.AT_LN_REPETITION);
  yearsAt = L.regionAt(L.AT_STOCK_YEARS);
  scheduleAt = L.regionAt(L.AT_SCHEDULES);

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
  setSections(0, 0, 0);
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
 * Sets the what-if overrides of the samples that follow (packages/sim/src/model/slot-override.ts): `count`
 * records of 4 f64 in the overrides region (slot, op 0 set / 1 scale, natural value or factor, log-space 0/1). A set
 * writes the value (its ln for a log-space slot), a scale multiplies every draw (adds the factor's ln). Fixed
 * slots are changed once here, after restoring their values; the others after each sample's draws, from the
 * compiled list (the overrideList region). Returns a status code.
 */
export function setOverrides(count: i32): i32 {
  if (!ready) return S.NOT_INITIALISED;
  const tableAt = L.regionAt(L.AT_OVERRIDES);
  const listAt = L.regionAt(L.AT_OVERRIDE_LIST);
  writeFixedSlots(valuesAt, intField(F.H_STEPS_AT), intField(F.H_STEP_COUNT));
  overridesAt = listAt;
  overrideCount = 0;
  for (let k = 0; k < count; k++) {
    const record = tableAt + <usize>(k * L.OVERRIDE_RECORD_BYTES);
    const slot = <i32>load<f64>(record);
    const scale = load<f64>(record, 8) != 0;
    const logSpace = load<f64>(record, 24) != 0;
    const amount = logSpace ? Math.log(load<f64>(record, 16)) : load<f64>(record, 16);
    const op = !scale ? OVERRIDE_SET : logSpace ? OVERRIDE_SCALE_LN : OVERRIDE_SCALE;
    if (slotIsFixed(slot)) {
      const column = slotAddress(slot);
      for (let lane: usize = 0; lane < COLUMN_BYTES; lane += 8) applyOverride(column + lane, op, amount);
    } else {
      const entry = listAt + <usize>(overrideCount * L.OVERRIDE_ENTRY_BYTES);
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

/** The column of slot `slot` (its lane 0: a fixed slot's value). */
@inline function slotAddress(slot: i32): usize {
  return columnOf(valuesAt, slot);
}

/** Column of a one-segment schedule's ln-rate slot, or 0 when the schedule has breaks. */
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
@inline function lnRepetition(lane: usize = 0): f64 {
  const rStar = load<f64>(rStarAddress + lane);
  return Math.log(1 - rStar * Math.expm1(-(load<f64>(maxEpochsAddress + lane) - 1) / rStar));
}

/** b = alpha/(alpha+beta), ln G = (ln(alpha A) − ln(beta B))/(alpha+beta) (model/compute-optimal.ts). */
@inline function computeExponents(word: usize, lane: usize = 0): void {
  const A = load<f64>(<usize>load<i32>(word, 20) + lane);
  const B = load<f64>(<usize>load<i32>(word, 24) + lane);
  const alpha = load<f64>(<usize>load<i32>(word, 28) + lane);
  const beta = load<f64>(<usize>load<i32>(word, 32) + lane);
  const sum = alpha + beta;
  store<f64>(word, alpha / sum, 40);
  store<f64>(word, (Math.log(alpha * A) - Math.log(beta * B)) / sum, 48);
}

/** Copies sample `lane`'s uncertain break years from their columns into their schedules' fields (encode-plan.ts). */
function copyBreakYears(lane: usize): void {
  const count = intField(breaksAt);
  for (let k = 0; k < count; k++) {
    store<f64>(planAddress(intField(breaksAt + 1 + 2 * k)), load<f64>(slotAddress(intField(breaksAt + 2 + 2 * k)) + lane));
  }
}

/** Draws the block of samples [first, first + n) and derives each sample's demand; returns a status code. */
function drawAndDerive(first: u64, n: i32): i32 {
  if (!drawBlock(first, n)) return S.TOO_MANY_DRAWS;
  const count = <usize>n;
  if (copulasAt != 0) for (let i: usize = 0; i < count; i++) applyCopulas(copulasAt, valuesAt + (i << 3));
  // What-if overrides come last, on the correlated values: fixing an input leaves its partners as they were.
  for (let k = 0; k < overrideCount; k++) {
    const entry = overridesAt + <usize>(k * L.OVERRIDE_ENTRY_BYTES);
    const column = <usize>load<i32>(entry);
    const op = load<i32>(entry, 4);
    const amount = load<f64>(entry, 8);
    for (let i: usize = 0; i < count; i++) applyOverride(column + (i << 3), op, amount);
  }
  deriveDemand(count);
  if (isNaN(fixedLnRepetition)) {
    for (let i: usize = 0; i < count; i++) store<f64>(lnRepetitionAt + (i << 3), lnRepetition(i << 3));
  } else {
    for (let i: usize = 0; i < count; i++) store<f64>(lnRepetitionAt + (i << 3), fixedLnRepetition);
  }
  return S.OK;
}

/** Each sample's demand model, ln demand at startYear, rate scale, schedule and one-segment scaled rate. */
function deriveDemand(count: usize): void {
  const single = demandChoiceSlot < 0;
  let word = demandTableAt;
  const choices: usize = single ? 0 : slotAddress(demandChoiceSlot);
  for (let i: usize = 0; i < count; i++) {
    const lane = i << 3;
    if (!single) {
      const choice = load<f64>(choices + lane);
      let model = 0;
      while (choice >= field(demandsAt + model * F.DEMAND_LENGTH + 1)) model++;
      word = demandTableAt + (<usize>(model * DEMAND_WORDS) << 2);
    }
    const lnX0 = load<f64>(<usize>load<i32>(word, 4) + lane);
    store<i32>(scheduleAt + (i << 2), load<i32>(word, 8));
    let scale: f64 = 1;
    if (load<i32>(word) == 0) {
      store<f64>(lnDemand0At + lane, lnX0);
    } else {
      if (load<i32>(word, 36) == 0) computeExponents(word, lane);
      scale = load<f64>(word, 40);
      store<f64>(lnDemand0At + lane, scale * (lnX0 - LN_6) - load<f64>(word, 48) + 0.5 * load<f64>(<usize>load<i32>(word, 16) + lane));
    }
    store<f64>(rateScaleAt + lane, scale);
    const rateColumn = <usize>load<i32>(word, 12);
    store<f64>(scaledRateAt + lane, rateColumn != 0 ? scale * load<f64>(rateColumn + lane) : NaN);
  }
}

/** ln(m · usableFraction · tokens0) of the stock at `word` in sample `lane`, in the reference's order. */
@inline function lnSupply0Of(word: usize, lane: usize): f64 {
  return load<f64>(lnRepetitionAt + lane) + load<f64>(<usize>load<i32>(word, 4) + lane) + load<f64>(<usize>load<i32>(word) + lane);
}

/** Exhaustion year of the stock at `word` in sample `lane` (byte offset) of the block, any schedules. */
function stockYear(word: usize, lane: usize): f64 {
  const lnGap = load<f64>(lnDemand0At + lane) - lnSupply0Of(word, lane);
  const rateColumn = <usize>load<i32>(word, 12);
  const scale = load<f64>(rateScaleAt + lane);
  const demandAt = load<i32>(scheduleAt + (lane >> 1));
  if (rateColumn != 0) {
    const scaledRate = load<f64>(scaledRateAt + lane);
    if (!isNaN(scaledRate)) return singleSegmentYear(startYear, horizonYear, lnGap, scaledRate - load<f64>(rateColumn + lane));
    return demandScheduleYear(startYear, horizonYear, lnGap, demandAt, valuesAt + lane, scale, load<f64>(rateColumn + lane));
  }
  return exhaustionYear(startYear, horizonYear, lnGap, scale, demandAt, load<i32>(word, 8), valuesAt + lane);
}

/** Every stock's exhaustion year of the block's samples into its years column. */
function blockYears(count: usize): void {
  if (breaksAt != 0) {
    // Uncertain break years live in the plan's schedule fields: sample by sample.
    for (let i: usize = 0; i < count; i++) {
      copyBreakYears(i << 3);
      for (let s = 0; s < stockCount; s++) {
        store<f64>(yearsAt + <usize>s * COLUMN_BYTES + (i << 3), stockYear(stockTableAt + (<usize>(s * STOCK_WORDS) << 2), i << 3));
      }
    }
    return;
  }
  for (let s = 0; s < stockCount; s++) {
    const word = stockTableAt + (<usize>(s * STOCK_WORDS) << 2);
    const years = yearsAt + <usize>s * COLUMN_BYTES;
    const rateColumn = <usize>load<i32>(word, 12);
    if (rateColumn == 0) {
      for (let i: usize = 0; i < count; i++) store<f64>(years + (i << 3), stockYear(word, i << 3));
      continue;
    }
    // One-segment supply: the single-segment crossing straight over the block, schedules with breaks aside.
    const tokens = <usize>load<i32>(word);
    const usable = <usize>load<i32>(word, 4);
    for (let i: usize = 0; i < count; i++) {
      const lane = i << 3;
      const scaledRate = load<f64>(scaledRateAt + lane);
      const lnSupply0 = load<f64>(lnRepetitionAt + lane) + load<f64>(usable + lane) + load<f64>(tokens + lane);
      const lnGap = load<f64>(lnDemand0At + lane) - lnSupply0;
      const rate = load<f64>(rateColumn + lane);
      const year = !isNaN(scaledRate)
        ? singleSegmentYear(startYear, horizonYear, lnGap, scaledRate - rate)
        : demandScheduleYear(startYear, horizonYear, lnGap, load<i32>(scheduleAt + (i << 2)), valuesAt + lane, load<f64>(rateScaleAt + lane), rate);
      store<f64>(years + lane, year);
    }
  }
}

/**
 * Turns the optional sensitivity section on (`inputs` > 0) or off; see ./sections.ts and
 * packages/sim/src/engine/kernel-memory.ts for its regions.
 */
export function setSections(inputs: i32, sensitivityBins: i32, yearScale: f64): void {
  setSensitivity(inputs, sensitivityBins, yearScale, stockCount, valuesAt);
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
  for (let done = 0; done < count; done += BLOCK_LANES) {
    const n = min(BLOCK_LANES, count - done);
    const status = drawAndDerive(first + <u64>done, n);
    if (status != S.OK) return status;
    blockYears(<usize>n);
    let counts = countsAt;
    for (let s = 0; s < stockCount; s++) {
      const years = yearsAt + <usize>s * COLUMN_BYTES;
      for (let i: usize = 0; i < <usize>n; i++) {
        const year = load<f64>(years + (i << 3));
        let address: usize;
        if (year == Infinity) address = counts + 4;
        else if (year <= startYear) address = counts;
        // year > startYear, so the right-closed bin (summary/sweep-summary.ts) is ceil − 1 ≥ 0.
        else address = counts + 8 + (<usize>min(<i32>Math.ceil((year - startYear) * BINS_PER_YEAR) - 1, lastBin) << 2);
        store<u32>(address, load<u32>(address) + 1);
      }
      if (sensitivity) addSensitivityYears(s, years, n, startYear, horizonYear);
      counts += stride;
    }
    if (sensitivity) addSensitivityBlock(n);
  }
  if (sensitivity) finishSensitivity();
  return S.OK;
}

/** Test hook: writes the exhaustion year of every stock of samples [firstSample, +count) as f64 into the yearsOut region, sample-major. */
export function sampleYears(firstSample: f64, count: i32): i32 {
  if (!ready) return S.NOT_INITIALISED;
  const first = <u64>firstSample;
  let out = L.regionAt(L.AT_YEARS_OUT);
  for (let done = 0; done < count; done += BLOCK_LANES) {
    const n = min(BLOCK_LANES, count - done);
    const status = drawAndDerive(first + <u64>done, n);
    if (status != S.OK) return status;
    blockYears(<usize>n);
    for (let i: usize = 0; i < <usize>n; i++) {
      for (let s = 0; s < stockCount; s++) {
        store<f64>(out, load<f64>(yearsAt + <usize>s * COLUMN_BYTES + (i << 3)));
        out += 8;
      }
    }
  }
  return S.OK;
}

export { libmExp, libmLog } from './libm-probe';
