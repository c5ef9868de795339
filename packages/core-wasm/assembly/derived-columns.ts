// The block's per-sample derived values, BLOCK_LANES each (regions lnDemand0 … schedules of
// packages/sim/src/engine/kernel-memory.ts), written by ./demand.ts and read by ./stock-years.ts: f64 ln
// demand at startYear, the demand rate's scale (b, or 1 for a trend), scale · ln rate for a one-segment
// demand schedule (NaN otherwise), ln of the repetition multiplier; i32 demand schedule; then f64 years of
// each stock, one column per stock.

import * as L from './layout';

export let lnDemand0At: usize = 0;
export let rateScaleAt: usize = 0;
export let scaledRateAt: usize = 0;
export let lnRepetitionAt: usize = 0;
export let scheduleAt: usize = 0;
export let yearsAt: usize = 0;

/** Reads the columns' addresses from the address table (./layout.ts). */
export function setDerivedColumns(): void {
  lnDemand0At = L.regionAt(L.AT_LN_DEMAND0);
  rateScaleAt = L.regionAt(L.AT_RATE_SCALE);
  scaledRateAt = L.regionAt(L.AT_SCALED_RATE);
  lnRepetitionAt = L.regionAt(L.AT_LN_REPETITION);
  yearsAt = L.regionAt(L.AT_STOCK_YEARS);
  scheduleAt = L.regionAt(L.AT_SCHEDULES);
}
