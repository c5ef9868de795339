// The run's scalars read once from the plan header at init, shared by the block passes: the timeline, the
// number of stocks and of year bins per stock, and where the value columns sit.

import { intField, field } from './plan-access';
import * as F from './plan-format';

export let startYear: f64 = 0;
export let horizonYear: f64 = 0;
export let stockCount: i32 = 0;
/** Year bins per stock in the counts (1/128 year each). */
export let bins: i32 = 0;
/** The block's value columns (./block.ts): one column of BLOCK_LANES f64 per slot. */
export let valuesAt: usize = 0;

/** Reads the scalars from the plan (its address already set in ./plan-access.ts). */
export function readScenario(values: usize): void {
  valuesAt = values;
  startYear = field(F.H_START_YEAR);
  horizonYear = field(F.H_HORIZON_YEAR);
  stockCount = intField(F.H_STOCK_COUNT);
  bins = intField(F.H_BINS);
}
