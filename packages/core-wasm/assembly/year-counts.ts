// The counts the summaries are built from (packages/sim/src/summary/sweep-summary.ts): per stock, u32 already
// (year at or before startYear), u32 never (no crossing by the horizon), then `bins` u32 right-closed bins of
// 1/BINS_PER_YEAR year.

import * as L from './layout';
import { bins, startYear, stockCount } from './scenario';
import { yearsOf } from './stock-years';

/** BINS_PER_YEAR of packages/sim/src/summary/sweep-summary.ts. */
const BINS_PER_YEAR: f64 = 128;

let countsAt: usize = 0;

/** Reads the counts region's address (init). */
export function initYearCounts(): void {
  countsAt = L.regionAt(L.AT_COUNTS);
}

/** Adds the block's first `count` samples of every stock's years column into the counts. */
export function countBlockYears(count: i32): void {
  const stride = <usize>(bins + 2) << 2;
  const lastBin = bins - 1;
  let counts = countsAt;
  for (let s = 0; s < stockCount; s++) {
    const years = yearsOf(s);
    for (let i: usize = 0; i < <usize>count; i++) {
      const year = load<f64>(years + (i << 3));
      let address: usize;
      if (year == Infinity) address = counts + 4;
      else if (year <= startYear) address = counts;
      // year > startYear, so the right-closed bin is ceil − 1 ≥ 0.
      else address = counts + 8 + (<usize>min(<i32>Math.ceil((year - startYear) * BINS_PER_YEAR) - 1, lastBin) << 2);
      store<u32>(address, load<u32>(address) + 1);
    }
    counts += stride;
  }
}
