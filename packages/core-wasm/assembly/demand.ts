// Each sample's demand, derived over the block after its draws: the demand model (one, or the one a choice
// slot picks), ln demand at startYear, the rate's scale and schedule, and ln of the repetition multiplier
// (model/compute-optimal.ts and model/repetition.ts of packages/sim). What does not change from sample to
// sample (the multiplier when its inputs are fixed, a fixed scaling law's exponents) is hoisted.
//
// Demand model words (DEMAND_WORDS i32 each): 0 compute (0/1), 1 ln tokens0/flops0 column, 2 scheduleAt,
// 3 one-segment ln-rate column (0: has breaks), 4 ln overtraining column, 5–8 A, B, alpha, beta columns,
// 9 hoisted (0/1), 10–11 f64 b, 12–13 f64 ln G.

import { field, intField } from './plan-access';
import * as L from './layout';
import * as F from './plan-format';
import { lnDemand0At, lnRepetitionAt, rateScaleAt, scaledRateAt, scheduleAt } from './derived-columns';
import { singleRateAddress, slotAddress, slotIsFixed } from './slots';
import { clearDemandSegments, compileDemandSegments } from './demand-segments';
import { horizonYear, startYear, valuesAt } from './scenario';
import { EXPM1_CONSTANTS, expm1CommonX2, expm1X2, logColumn } from './vector-math';
import { clearDeclined, declinedAt, declinedCount, declinedValue, noteDeclined } from './declined-pairs';
import { groupLanes, laneOrderAt, modelLanes, modelStart, oneGroup } from './demand-lanes';
import { overridden } from './overrides';

/** ln 6, the 6 of C = 6 N D; the same double as JavaScript's Math.log(6). */
const LN_6: f64 = 1.791759469228055;
const DEMAND_WORDS = L.DEMAND_WORDS;

let demandTableAt: usize = 0;
let demandChoiceSlot: i32 = -1;
let demandsAt: i32 = 0;
let maxEpochsAddress: usize = 0;
let rStarAddress: usize = 0;
/** ln of the repetition multiplier when maxEpochs and rStar are fixed (hoisted), else NaN. */
let fixedLnRepetition: f64 = NaN;

/** Builds the demand model table from the plan (init), then hoists the constants. */
export function initDemand(): void {
  demandTableAt = L.regionAt(L.AT_DEMAND_TABLE);
  demandChoiceSlot = intField(F.H_DEMAND_CHOICE_SLOT);
  demandsAt = intField(F.H_DEMANDS_AT);
  maxEpochsAddress = slotAddress(intField(F.H_MAX_EPOCHS_SLOT));
  rStarAddress = slotAddress(intField(F.H_R_STAR_SLOT));
  const demandCount = intField(F.H_DEMAND_COUNT);
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
  hoistDemandConstants();
  // One demand model whose schedule has fixed breaks: its segments compiled for the crossing (./stock-years.ts).
  clearDemandSegments();
  if (demandChoiceSlot < 0 && intField(F.H_BREAKS_AT) == 0) {
    const schedule = intField(demandsAt + 3);
    if (intField(schedule) > 1) compileDemandSegments(schedule, startYear, horizonYear, valuesAt);
  }
}

/** Computes what does not change from sample to sample: the repetition multiplier, fixed laws' exponents. */
export function hoistDemandConstants(): void {
  fixedLnRepetition = slotIsFixed(intField(F.H_MAX_EPOCHS_SLOT)) && slotIsFixed(intField(F.H_R_STAR_SLOT)) ? lnRepetition() : NaN;
  const demandCount = intField(F.H_DEMAND_COUNT);
  for (let m = 0; m < demandCount; m++) {
    const word = demandTableAt + (<usize>(m * DEMAND_WORDS) << 2);
    if (load<i32>(word) != 0 && load<i32>(word, 36) != 0) computeExponents(word);
  }
}

/** ln m, m = 1 + R*(1 − exp(−(maxEpochs − 1)/R*)) (Muennighoff et al. 2023), with expm1 as model/repetition.ts. */
@inline function lnRepetition(): f64 {
  const rStar = load<f64>(rStarAddress);
  return Math.log(1 - rStar * Math.expm1(-(load<f64>(maxEpochsAddress) - 1) / rStar));
}

/** b = alpha/(alpha+beta), ln G = (ln(alpha A) − ln(beta B))/(alpha+beta) (model/compute-optimal.ts). */
@inline export function computeExponents(word: usize, lane: usize = 0): void {
  const A = load<f64>(<usize>load<i32>(word, 20) + lane);
  const B = load<f64>(<usize>load<i32>(word, 24) + lane);
  const alpha = load<f64>(<usize>load<i32>(word, 28) + lane);
  const beta = load<f64>(<usize>load<i32>(word, 32) + lane);
  const sum = alpha + beta;
  store<f64>(word, alpha / sum, 40);
  store<f64>(word, (Math.log(alpha * A) - Math.log(beta * B)) / sum, 48);
}

/**
 * Groups the block's first `count` lanes by the demand model each picked (./demand-lanes.ts), from the
 * choice slot's column as it stands (after the overrides, when one sets it).
 */
export function groupByModel(count: usize): void {
  if (demandChoiceSlot < 0) oneGroup(count);
  else groupLanes(slotAddress(demandChoiceSlot), demandsAt, intField(F.H_DEMAND_COUNT), count);
}

/** Whether the choice of model is known right after the draws: a choice slot no override sets. */
export function choiceFollowsDraws(): bool {
  return demandChoiceSlot >= 0 && !overridden(slotAddress(demandChoiceSlot));
}

/**
 * A compute-mode model's ln demand at startYear in the sample at byte offset `lane`: b·(ln C0 − ln 6) − ln G +
 * ln(overtraining)/2 (model/compute-optimal.ts), with its law's b (`scale`) and ln G.
 */
@inline export function computeLnDemand0(lane: usize, lnX0Column: usize, overtraining: usize, scale: f64, lnG: f64): f64 {
  return scale * (load<f64>(lnX0Column + lane) - LN_6) - lnG + 0.5 * load<f64>(overtraining + lane);
}

/**
 * A compute-mode model's demand in sample `i` of the block: ln demand at startYear (computeLnDemand0), its
 * schedule, the rate's scale b and the one-segment scaled rate.
 */
@inline function computeDemandLane(i: usize, lnX0Column: usize, overtraining: usize, schedule: i32, rateColumn: usize, scale: f64, lnG: f64, lnDemand0s: usize, schedules: usize, scales: usize, scaledRates: usize): void {
  const lane = i << 3;
  store<f64>(lnDemand0s + lane, computeLnDemand0(lane, lnX0Column, overtraining, scale, lnG));
  store<i32>(schedules + (i << 2), schedule);
  store<f64>(scales + lane, scale);
  store<f64>(scaledRates + lane, rateColumn != 0 ? scale * load<f64>(rateColumn + lane) : NaN);
}

/**
 * Each sample's ln demand at startYear, rate scale, schedule and one-segment scaled rate, model by model over
 * the lanes grouped by groupByModel, and ln m. Groups the lanes first unless `grouped` says the caller has,
 * from the choice column as it stands now.
 */
export function deriveDemand(count: usize, grouped: bool = false): void {
  if (!grouped) groupByModel(count);
  const modelCount = demandChoiceSlot < 0 ? 1 : intField(F.H_DEMAND_COUNT);
  // The columns' addresses in locals: V8 reads a module global from memory on every use in a loop.
  const lnDemand0s = lnDemand0At;
  const schedules = scheduleAt;
  const scales = rateScaleAt;
  const scaledRates = scaledRateAt;
  for (let m = 0; m < modelCount; m++) {
    const word = demandTableAt + (<usize>(m * DEMAND_WORDS) << 2);
    const lanes = laneOrderAt + (modelStart(m) << 2);
    const n = modelLanes(m);
    const lnX0Column = <usize>load<i32>(word, 4);
    const schedule = load<i32>(word, 8);
    const rateColumn = <usize>load<i32>(word, 12);
    if (load<i32>(word) == 0) {
      // Trend: ln demand is the drawn ln tokens0, the rate's scale 1.
      for (let k: usize = 0; k < n; k++) {
        const i = <usize>load<i32>(lanes + (k << 2));
        const lane = i << 3;
        store<f64>(lnDemand0s + lane, load<f64>(lnX0Column + lane));
        store<i32>(schedules + (i << 2), schedule);
        store<f64>(scales + lane, 1);
        store<f64>(scaledRates + lane, rateColumn != 0 ? 1 * load<f64>(rateColumn + lane) : NaN);
      }
      continue;
    }
    const overtraining = <usize>load<i32>(word, 16);
    if (load<i32>(word, 36) == 0) {
      // The law's exponents are uncertain: computed sample by sample.
      for (let k: usize = 0; k < n; k++) {
        const i = <usize>load<i32>(lanes + (k << 2));
        computeExponents(word, i << 3);
        computeDemandLane(i, lnX0Column, overtraining, schedule, rateColumn, load<f64>(word, 40), load<f64>(word, 48), lnDemand0s, schedules, scales, scaledRates);
      }
      continue;
    }
    const scale = load<f64>(word, 40);
    const lnG = load<f64>(word, 48);
    for (let k: usize = 0; k < n; k++) {
      computeDemandLane(<usize>load<i32>(lanes + (k << 2)), lnX0Column, overtraining, schedule, rateColumn, scale, lnG, lnDemand0s, schedules, scales, scaledRates);
    }
  }
  deriveRepetition(count);
}

/** The demand models the block's lanes are grouped by: one without a choice slot. */
export function groupedModelCount(): i32 {
  return demandChoiceSlot < 0 ? 1 : intField(F.H_DEMAND_COUNT);
}

/** The demand table's words of model `model` (DEMAND_WORDS i32, the layout above). */
@inline export function demandWord(model: i32): usize {
  return demandTableAt + (<usize>(model * DEMAND_WORDS) << 2);
}

/** ln m of the block's first `count` samples into the lnRepetition column. */
export function deriveRepetition(count: usize): void {
  if (isNaN(fixedLnRepetition)) {
    // lnRepetition two samples at a time (the same operations lane by lane), in two passes over the block
    // (1 − R*·expm1(x) into the column, then its ln): one pass's chain of dependent operations per pair would
    // be longer than the processor can overlap from one pair to the next.
    repetitionColumn(count);
    logColumn(lnRepetitionAt, count);
  } else {
    for (let i: usize = 0; i < count; i++) store<f64>(lnRepetitionAt + (i << 3), fixedLnRepetition);
  }
}

/**
 * 1 − R*·expm1(−(maxEpochs − 1)/R*) of the block's first `count` samples into the lnRepetition column (count ≤
 * BLOCK_LANES), two at a time, a pair off expm1's no-reduction path by the scalar expm1 after the loop.
 */
function repetitionColumn(count: usize): void {
  const c = EXPM1_CONSTANTS;
  const magnitude = c.magnitude;
  const low = c.low;
  const high = c.high;
  const half = c.half;
  const one = c.one;
  const three = c.three;
  const six = c.six;
  const q1 = c.q1;
  const q2 = c.q2;
  const q3 = c.q3;
  const q4 = c.q4;
  const q5 = c.q5;
  const maxEpochs = maxEpochsAddress;
  const rStars = rStarAddress;
  const into = lnRepetitionAt;
  clearDeclined();
  for (let i: usize = 0; i < count; i += 2) {
    const offset = i << 3;
    const rStar = v128.load(rStars + offset);
    const x = f64x2.div(f64x2.neg(f64x2.sub(v128.load(maxEpochs + offset), one)), rStar);
    if (!expm1CommonX2(x, magnitude, low, high)) noteDeclined(into + offset, x);
    v128.store(into + offset, f64x2.sub(one, f64x2.mul(rStar, expm1X2(x, half, one, three, six, q1, q2, q3, q4, q5))));
  }
  for (let k = 0; k < declinedCount(); k++) {
    const at = declinedAt(k);
    const x = declinedValue(k);
    const rStar = v128.load(rStars + (at - into));
    const y = f64x2.replace_lane(f64x2.splat(Math.expm1(f64x2.extract_lane(x, 0))), 1, Math.expm1(f64x2.extract_lane(x, 1)));
    v128.store(at, f64x2.sub(one, f64x2.mul(rStar, y)));
  }
}
