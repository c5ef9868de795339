// Exhaustion year of one stock in one sample: packages/sim/src/model/exhaustion-year.ts with the same
// operations in the same order, reading the growth schedules from the plan and their ln rates from the
// value vector. ln D − ln(m·S) is piecewise linear in the year, so the crossing is exact.

import { field, intField } from './plan-access';

/** Returns startYear when the gap is already ≥ 0, +Infinity when it stays < 0 through horizonYear. */
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
    const segmentEnd = min(min(demandEnd, supplyEnd), horizonYear);
    const demandRate = load<f64>(valuesAt + (<usize>intField(demandAt + 1 + demandBreaks + d) << 3));
    const supplyRate = load<f64>(valuesAt + (<usize>intField(supplyAt + 1 + supplyBreaks + s) << 3));
    const slope = demandRateScale * demandRate - supplyRate;
    const gapAtEnd = gap + slope * (segmentEnd - year);
    if (gapAtEnd >= 0) return min(year - gap / slope, segmentEnd);
    if (segmentEnd >= horizonYear) return Infinity;
    year = segmentEnd;
    gap = gapAtEnd;
    if (segmentEnd == demandEnd) d++;
    if (segmentEnd == supplyEnd) s++;
  }
}
