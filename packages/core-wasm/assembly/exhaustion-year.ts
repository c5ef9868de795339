// Exhaustion year of one stock in one sample: packages/sim/src/model/exhaustion-year.ts with the same
// operations in the same order, reading the growth schedules from the plan and their ln rates from the
// value vector. ln D − ln(m·S) is piecewise linear in the year, so the crossing is exact.
//
// `lesser` stands in for Math.min: the same value for the non-NaN, non-signed-zero years here, and a
// compare-and-select, where V8 compiles wasm's f64.min (NaN and ±0 rules) into a much slower sequence.

import { field, intField } from './plan-access';
import { columnOf } from './block';

/** min(a, b) for values that are never NaN. */
@inline export function lesser(a: f64, b: f64): f64 {
  return a < b ? a : b;
}

/**
 * The common case, both schedules one segment long: the general algorithm's single step, same operations.
 * `demandRate` is already scaled (rate · scale is computed by the caller in the same order).
 */
@inline export function singleSegmentYear(startYear: f64, horizonYear: f64, lnGapAtStart: f64, slope: f64): f64 {
  if (lnGapAtStart >= 0) return startYear;
  const gapAtEnd = lnGapAtStart + slope * (horizonYear - startYear);
  if (gapAtEnd >= 0) return lesser(startYear - lnGapAtStart / slope, horizonYear);
  return Infinity;
}

/**
 * Returns startYear when the gap is already ≥ 0, +Infinity when it stays < 0 through horizonYear. `valuesAt`
 * is the sample's lane of the value columns (the columns' start plus lane · 8).
 */
@inline export function exhaustionYear(
  startYear: f64,
  horizonYear: f64,
  lnGapAtStart: f64,
  demandRateScale: f64,
  demandAt: i32,
  supplyAt: i32,
  valuesAt: usize,
): f64 {
  if (lnGapAtStart >= 0) return startYear;
  // Schedule: n, n − 1 break years, n ln-rate slots.
  const demandBreaks = intField(demandAt) - 1;
  const supplyBreaks = intField(supplyAt) - 1;
  let year = startYear;
  let gap = lnGapAtStart;
  let d = 0;
  let s = 0;
  while (d < demandBreaks && field(demandAt + 1 + d) <= year) d++;
  while (s < supplyBreaks && field(supplyAt + 1 + s) <= year) s++;
  while (true) {
    const demandEnd = d < demandBreaks ? field(demandAt + 1 + d) : Infinity;
    const supplyEnd = s < supplyBreaks ? field(supplyAt + 1 + s) : Infinity;
    const segmentEnd = lesser(lesser(demandEnd, supplyEnd), horizonYear);
    const demandRate = load<f64>(columnOf(valuesAt, intField(demandAt + 1 + demandBreaks + d)));
    const supplyRate = load<f64>(columnOf(valuesAt, intField(supplyAt + 1 + supplyBreaks + s)));
    const slope = demandRateScale * demandRate - supplyRate;
    const gapAtEnd = gap + slope * (segmentEnd - year);
    if (gapAtEnd >= 0) return lesser(year - gap / slope, segmentEnd);
    if (segmentEnd >= horizonYear) return Infinity;
    year = segmentEnd;
    gap = gapAtEnd;
    if (segmentEnd == demandEnd) d++;
    if (segmentEnd == supplyEnd) s++;
  }
}

/**
 * A demand schedule with breaks against a one-segment supply: the general algorithm with the supply's
 * segment never ending, same operations. `valuesAt` is the sample's lane of the value columns.
 */
@inline export function demandScheduleYear(
  startYear: f64,
  horizonYear: f64,
  lnGapAtStart: f64,
  demandAt: i32,
  valuesAt: usize,
  demandRateScale: f64,
  supplyRate: f64,
): f64 {
  if (lnGapAtStart >= 0) return startYear;
  // Schedule: n, n − 1 break years, n ln-rate slots.
  const n = intField(demandAt);
  const breaks = n - 1;
  let d = 0;
  while (d < breaks && field(demandAt + 1 + d) <= startYear) d++;
  let year = startYear;
  let gap = lnGapAtStart;
  while (true) {
    const demandEnd = d < breaks ? field(demandAt + 1 + d) : Infinity;
    const segmentEnd = lesser(demandEnd, horizonYear);
    const slope = demandRateScale * load<f64>(columnOf(valuesAt, intField(demandAt + n + d))) - supplyRate;
    const gapAtEnd = gap + slope * (segmentEnd - year);
    if (gapAtEnd >= 0) return lesser(year - gap / slope, segmentEnd);
    if (segmentEnd >= horizonYear) return Infinity;
    year = segmentEnd;
    gap = gapAtEnd;
    d++;
  }
}
