// Demand and the crossing in one pass over each demand model's lanes, for plans of the default preset's shape:
// one stock, and every demand model's growth and the stock's each one segment long, with no uncertain break
// year. Each sample goes from its model's ln demand at startYear and scaled rate (./demand.ts's deriveDemand)
// straight to the stock's exhaustion year in its years column (./stock-years.ts's blockYears), the same
// operations in the same order, without writing the derived columns in between (nothing else reads them).
// The years are counted afterwards in a pass of their own: counting in this pass made each bin's address wait
// on the crossing's division, and the run 5% slower.

import { computeExponents, computeLnDemand0, demandWord, deriveRepetition, groupByModel, groupedModelCount } from './demand';
import { laneOrderAt, modelLanes, modelStart } from './demand-lanes';
import { lnRepetitionAt } from './derived-columns';
import { demandScheduleYear, singleSegmentYear } from './exhaustion-year';
import { horizonYear, startYear, stockCount, valuesAt } from './scenario';
import { hasUncertainBreaks, stockWord, yearsOf } from './stock-years';

let applies = false;

/** Decides whether the plan has the shape (init, after the demand and stock tables are built). */
export function initDemandYears(): void {
  applies = false;
  if (stockCount != 1 || hasUncertainBreaks() || load<i32>(stockWord(0), 12) == 0) return;
  for (let m = 0; m < groupedModelCount(); m++) if (load<i32>(demandWord(m), 12) == 0) return;
  applies = true;
}

/** Whether deriveDemandYears can stand in for deriveDemand then blockYears. */
@inline export function demandYearsApply(): bool {
  return applies;
}

/**
 * The stock's exhaustion year of the block's first `count` samples into its years column, model by model over
 * the lanes grouped by groupByModel (grouped first unless `grouped` says the caller has). Of the derived
 * columns only ln m is written.
 */
export function deriveDemandYears(count: usize, grouped: bool): void {
  if (!grouped) groupByModel(count);
  deriveRepetition(count);
  const stock = stockWord(0);
  const tokens = <usize>load<i32>(stock);
  const usable = <usize>load<i32>(stock, 4);
  const supplyRate = <usize>load<i32>(stock, 12);
  const lnRepetitions = lnRepetitionAt;
  const years = yearsOf(0);
  const start = startYear;
  const horizon = horizonYear;
  const values = valuesAt;
  for (let m = 0; m < groupedModelCount(); m++) {
    const word = demandWord(m);
    const lanes = laneOrderAt + (modelStart(m) << 2);
    const n = modelLanes(m);
    const lnX0Column = <usize>load<i32>(word, 4);
    const schedule = load<i32>(word, 8);
    const rateColumn = <usize>load<i32>(word, 12);
    if (load<i32>(word) == 0) {
      // Trend: ln demand is the drawn ln tokens0, the rate's scale 1.
      for (let k: usize = 0; k < n; k++) {
        const lane = <usize>load<i32>(lanes + (k << 2)) << 3;
        store<f64>(years + lane, crossing(lane, load<f64>(lnX0Column + lane), 1 * load<f64>(rateColumn + lane), 1, schedule, tokens, usable, supplyRate, lnRepetitions, start, horizon, values));
      }
      continue;
    }
    const overtraining = <usize>load<i32>(word, 16);
    if (load<i32>(word, 36) != 0) {
      // A fixed law's exponents are hoisted (./demand.ts): read once, into locals (the loop's stores could
      // alias the table, so V8 would read them again on every turn).
      const scale = load<f64>(word, 40);
      const lnG = load<f64>(word, 48);
      for (let k: usize = 0; k < n; k++) {
        const lane = <usize>load<i32>(lanes + (k << 2)) << 3;
        store<f64>(years + lane, computeCrossing(lane, scale, lnG, lnX0Column, overtraining, rateColumn, schedule, tokens, usable, supplyRate, lnRepetitions, start, horizon, values));
      }
      continue;
    }
    // An uncertain law's exponents, computed sample by sample.
    for (let k: usize = 0; k < n; k++) {
      const lane = <usize>load<i32>(lanes + (k << 2)) << 3;
      computeExponents(word, lane);
      store<f64>(years + lane, computeCrossing(lane, load<f64>(word, 40), load<f64>(word, 48), lnX0Column, overtraining, rateColumn, schedule, tokens, usable, supplyRate, lnRepetitions, start, horizon, values));
    }
  }
}

/** A compute-mode model's crossing of the sample at byte offset `lane`, with its law's b (`scale`) and ln G. */
@inline function computeCrossing(
  lane: usize, scale: f64, lnG: f64, lnX0Column: usize, overtraining: usize, rateColumn: usize, schedule: i32, tokens: usize, usable: usize,
  supplyRate: usize, lnRepetitions: usize, start: f64, horizon: f64, values: usize,
): f64 {
  return crossing(lane, computeLnDemand0(lane, lnX0Column, overtraining, scale, lnG), scale * load<f64>(rateColumn + lane), scale, schedule, tokens, usable, supplyRate, lnRepetitions, start, horizon, values);
}

/** blockYears's one-segment-supply crossing of the sample at byte offset `lane`. */
@inline function crossing(
  lane: usize, lnDemand0: f64, scaledRate: f64, scale: f64, schedule: i32, tokens: usize, usable: usize, supplyRate: usize,
  lnRepetitions: usize, start: f64, horizon: f64, values: usize,
): f64 {
  const lnSupply0 = load<f64>(lnRepetitions + lane) + load<f64>(usable + lane) + load<f64>(tokens + lane);
  const lnGap = lnDemand0 - lnSupply0;
  const rate = load<f64>(supplyRate + lane);
  return !isNaN(scaledRate)
    ? singleSegmentYear(start, horizon, lnGap, scaledRate - rate)
    : demandScheduleYear(start, horizon, lnGap, schedule, values + lane, scale, rate);
}
