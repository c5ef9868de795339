/**
 * Exhaustion year of one stock in one sample (docs/model.md): the first year t in [startYear, horizonYear]
 * with ln D(t) ≥ ln(m·S(t)). Both sides are piecewise linear in t (constant growth rate per segment), so
 * their gap is too, and the crossing is solved exactly on the segment where the gap turns non-negative.
 *
 * Returns startYear when the demand already exceeds the supply at the start ("already"), and +Infinity when
 * it never does by the horizon ("never").
 */
export interface PiecewiseGrowth {
  /** Years where the rate changes, increasing; one fewer than `lnRates` (the last rate runs on). */
  readonly breakYears: ArrayLike<number>;
  /** ln(growth factor per year) of each segment. */
  readonly lnRates: ArrayLike<number>;
}

export function exhaustionYear(
  startYear: number,
  horizonYear: number,
  /** ln D(startYear) − ln(m·S(startYear)). */
  lnGapAtStart: number,
  /** Multiplier on the demand's rates (the compute-optimal exponent b in compute mode, 1 in trend mode). */
  demandRateScale: number,
  demand: PiecewiseGrowth,
  supply: PiecewiseGrowth,
): number {
  if (lnGapAtStart >= 0) return startYear;
  let year = startYear;
  let gap = lnGapAtStart;
  let d = 0;
  let s = 0;
  // Skip segments that end at or before the start.
  while (d < demand.breakYears.length && demand.breakYears[d] <= year) d++;
  while (s < supply.breakYears.length && supply.breakYears[s] <= year) s++;
  for (;;) {
    const demandEnd = d < demand.breakYears.length ? demand.breakYears[d] : Infinity;
    const supplyEnd = s < supply.breakYears.length ? supply.breakYears[s] : Infinity;
    const segmentEnd = Math.min(demandEnd, supplyEnd, horizonYear);
    const slope = demandRateScale * demand.lnRates[d] - supply.lnRates[s];
    const gapAtEnd = gap + slope * (segmentEnd - year);
    if (gapAtEnd >= 0) {
      // gap < 0 ≤ gapAtEnd, so slope > 0: the crossing lies in (year, segmentEnd].
      return Math.min(year - gap / slope, segmentEnd);
    }
    if (segmentEnd >= horizonYear) return Infinity;
    year = segmentEnd;
    gap = gapAtEnd;
    if (segmentEnd === demandEnd) d++;
    if (segmentEnd === supplyEnd) s++;
  }
}
