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

/** 1.5 · 2^52: an integral double below 2^51 plus this holds the integer in its low mantissa bits. */
const ROUNDING_BIAS: f64 = 6755399441055744.0;

/** Adds the block's first `count` samples of every stock's years column into the counts. */
export function countBlockYears(count: i32): void {
  const stride = <usize>(bins + 2) << 2;
  const start = startYear;
  // A bin's number + 1, as a double: the right-closed bins of 1/BINS_PER_YEAR year, the last taking the rest.
  const cellLimit = <f64>bins;
  let counts = countsAt;
  for (let s = 0; s < stockCount; s++) {
    const years = yearsOf(s);
    for (let i: usize = 0; i < <usize>count; i++) {
      const year = load<f64>(years + (i << 3));
      let address: usize;
      if (year == Infinity) address = counts + 4;
      else if (year <= start) address = counts;
      else {
        // year > startYear, so the cell is at least 1; the bin is cell − 1, at counts + 8 + 4 · bin. The
        // integer through the rounding bias, not i32.trunc_sat (which V8 expands into a round trip and a
        // check). A NaN year (none arises) would read the NaN's low bits, so they are kept in range too.
        const cell = Math.ceil((year - start) * BINS_PER_YEAR);
        const n = <u32>reinterpret<i64>((cell >= cellLimit ? cellLimit : cell) + ROUNDING_BIAS);
        address = counts + 4 + (<usize>min(n, <u32>bins) << 2);
      }
      store<u32>(address, load<u32>(address) + 1);
    }
    counts += stride;
  }
}
