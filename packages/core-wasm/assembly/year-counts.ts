// The counts the summaries are built from (packages/sim/src/summary/sweep-summary.ts): per stock, u32 already
// (year at or before startYear), u32 never (no crossing by the horizon), then `bins` u32 right-closed bins of
// 1/BINS_PER_YEAR year.

import { BLOCK_LANES } from './block';
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

/** Each sample's word in its stock's counts (i32 each), between the two passes of countBlockYears. */
const wordsAt: usize = memory.data(<i32>(<usize>BLOCK_LANES << 2) + 8, 16);

/** 1.5 · 2^52: an integral double below 2^51 plus this holds the integer in its low mantissa bits. */
const ROUNDING_BIAS: f64 = 6755399441055744.0;

/** countBlockYears's vector constants (read once: V8 rebuilds a v128 constant at each use in a loop). */
const COUNT_K: usize = memory.data<f64>([
  BINS_PER_YEAR, BINS_PER_YEAR,
  ROUNDING_BIAS, ROUNDING_BIAS,
  Infinity, Infinity,
  // 1 in each i32 lane.
  reinterpret<f64>(0x0000000100000001), reinterpret<f64>(0x0000000100000001),
], 16);

/**
 * Adds the block's first `count` samples of every stock's years column into the counts, in two passes: each
 * sample's word in the counts, two samples at a time, then the increments. The increments' addresses then
 * come from one load each, where in one pass each waited on its year's chain of operations.
 */
export function countBlockYears(count: i32): void {
  const stride = <usize>(bins + 2) << 2;
  const n = <usize>count;
  // A bin's number + 1, as a double: the right-closed bins of 1/BINS_PER_YEAR year, the last taking the rest.
  const start = f64x2.splat(startYear);
  const cellLimit = f64x2.splat(<f64>bins);
  const lastWord = i32x4.splat(bins);
  const perYear = v128.load(COUNT_K);
  const bias = v128.load(COUNT_K, 16);
  const infinity = v128.load(COUNT_K, 32);
  const one = v128.load(COUNT_K, 48);
  const words = wordsAt;
  let counts = countsAt;
  for (let s = 0; s < stockCount; s++) {
    const years = yearsOf(s);
    // Word 0 already (year ≤ startYear), 1 never (+Infinity), 2 + bin for a crossing: the cell
    // ceil((year − startYear) · BINS_PER_YEAR) ≥ 1, clamped to `bins` as a double, its integer through the
    // rounding bias (in the low 32 bits of each lane), clamped again (for any double, NaN included), plus 1.
    // The column has room for the odd lane past the end; its word is never used.
    for (let i: usize = 0; i < n; i += 2) {
      const year = v128.load(years + (i << 3));
      const cell = f64x2.ceil(f64x2.mul(f64x2.sub(year, start), perYear));
      const clamped = v128.bitselect(cellLimit, cell, f64x2.ge(cell, cellLimit));
      const crossing = i32x4.add(i32x4.min_u(f64x2.add(clamped, bias), lastWord), one);
      const word = v128.bitselect(one, v128.andnot(crossing, f64x2.le(year, start)), f64x2.eq(year, infinity));
      v128.store64_lane(words + (i << 2), v128.shuffle<i32>(word, word, 0, 2, 0, 2), 0);
    }
    for (let i: usize = 0; i < n; i++) {
      const address = counts + (<usize>load<i32>(words + (i << 2)) << 2);
      store<u32>(address, load<u32>(address) + 1);
    }
    counts += stride;
  }
}
