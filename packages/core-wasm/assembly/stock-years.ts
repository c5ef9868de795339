// Every stock's exhaustion year over the block, into its years column (./derived-columns.ts): where the ln gap
// between demand and supply closes, by the single-segment crossing when both sides grow at one rate, else
// through the schedules' segments (./exhaustion-year.ts).
//
// Stock words (STOCK_WORDS i32 each): 0 ln tokens0 column, 1 ln usableFraction column, 2 scheduleAt,
// 3 one-segment ln-rate column (0: has breaks).

import { COLUMN_BYTES } from './block';
import { compiledScheduleYear, demandSegmentsCompiled } from './demand-segments';
import { demandScheduleYear, exhaustionYear, singleSegmentYear } from './exhaustion-year';
import { intField, planAddress } from './plan-access';
import * as L from './layout';
import * as F from './plan-format';
import { horizonYear, startYear, stockCount, valuesAt } from './scenario';
import { lnDemand0At, lnRepetitionAt, rateScaleAt, scaledRateAt, scheduleAt, yearsAt } from './derived-columns';
import { singleRateAddress, slotAddress } from './slots';

const STOCK_WORDS = L.STOCK_WORDS;

let stockTableAt: usize = 0;
/** Plan index of the uncertain break-year table, 0 when every break year is fixed. */
let breaksAt: i32 = 0;

/** Builds the stock table from the plan (init). */
export function initStocks(): void {
  stockTableAt = L.regionAt(L.AT_STOCK_TABLE);
  breaksAt = intField(F.H_BREAKS_AT);
  for (let s = 0; s < stockCount; s++) {
    const at = intField(F.H_STOCKS_AT) + s * F.STOCK_LENGTH;
    const word = stockTableAt + (<usize>(s * STOCK_WORDS) << 2);
    store<i32>(word, <i32>slotAddress(intField(at)));
    store<i32>(word, <i32>slotAddress(intField(at + 1)), 4);
    store<i32>(word, intField(at + 2), 8);
    store<i32>(word, <i32>singleRateAddress(intField(at + 2)), 12);
  }
}

/** The stock table's words of stock `stock` (STOCK_WORDS i32, the layout above). */
@inline export function stockWord(stock: i32): usize {
  return stockTableAt + (<usize>(stock * STOCK_WORDS) << 2);
}

/** Whether some break year is uncertain (then the crossings run sample by sample). */
export function hasUncertainBreaks(): bool {
  return breaksAt != 0;
}

/** The years column of stock `stock`. */
@inline export function yearsOf(stock: i32): usize {
  return yearsAt + <usize>stock * COLUMN_BYTES;
}

/** Copies sample `lane`'s uncertain break years from their columns into their schedules' fields (encode-plan.ts). */
function copyBreakYears(lane: usize): void {
  const count = intField(breaksAt);
  for (let k = 0; k < count; k++) {
    store<f64>(planAddress(intField(breaksAt + 1 + 2 * k)), load<f64>(slotAddress(intField(breaksAt + 2 + 2 * k)) + lane));
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

/** Every stock's exhaustion year of the block's first `count` samples into its years column. */
export function blockYears(count: usize): void {
  if (breaksAt != 0) {
    // Uncertain break years live in the plan's schedule fields: sample by sample.
    for (let i: usize = 0; i < count; i++) {
      copyBreakYears(i << 3);
      for (let s = 0; s < stockCount; s++) {
        store<f64>(yearsOf(s) + (i << 3), stockYear(stockTableAt + (<usize>(s * STOCK_WORDS) << 2), i << 3));
      }
    }
    return;
  }
  // The run's scalars and the columns' addresses in locals: V8 reads a module global from memory on every
  // use in a loop.
  const start = startYear;
  const horizon = horizonYear;
  const lnRepetitions = lnRepetitionAt;
  const lnDemand0s = lnDemand0At;
  const scaledRates = scaledRateAt;
  const scales = rateScaleAt;
  for (let s = 0; s < stockCount; s++) {
    const word = stockTableAt + (<usize>(s * STOCK_WORDS) << 2);
    const years = yearsOf(s);
    const rateColumn = <usize>load<i32>(word, 12);
    if (rateColumn == 0) {
      for (let i: usize = 0; i < count; i++) store<f64>(years + (i << 3), stockYear(word, i << 3));
      continue;
    }
    // One-segment supply: the single-segment crossing straight over the block, schedules with breaks aside.
    const tokens = <usize>load<i32>(word);
    const usable = <usize>load<i32>(word, 4);
    if (demandSegmentsCompiled()) {
      // Every sample has the one demand schedule, with breaks: its compiled segments.
      for (let i: usize = 0; i < count; i++) {
        const lane = i << 3;
        const lnSupply0 = load<f64>(lnRepetitions + lane) + load<f64>(usable + lane) + load<f64>(tokens + lane);
        const lnGap = load<f64>(lnDemand0s + lane) - lnSupply0;
        store<f64>(years + lane, compiledScheduleYear(start, horizon, lnGap, lane, load<f64>(scales + lane), load<f64>(rateColumn + lane)));
      }
      continue;
    }
    for (let i: usize = 0; i < count; i++) {
      const lane = i << 3;
      const scaledRate = load<f64>(scaledRates + lane);
      const lnSupply0 = load<f64>(lnRepetitions + lane) + load<f64>(usable + lane) + load<f64>(tokens + lane);
      const lnGap = load<f64>(lnDemand0s + lane) - lnSupply0;
      const rate = load<f64>(rateColumn + lane);
      const year = !isNaN(scaledRate)
        ? singleSegmentYear(start, horizon, lnGap, scaledRate - rate)
        : demandScheduleYear(start, horizon, lnGap, load<i32>(scheduleAt + (i << 2)), valuesAt + lane, load<f64>(scales + lane), rate);
      store<f64>(years + lane, year);
    }
  }
}
