import type { TrendRun } from './parse-trend-runs-csv.js';

/** Default of `largestRuns`' `withinOom`: half an order of magnitude. */
export const LARGEST_RUNS_WITHIN_OOM = 0.5;

/**
 * The runs that count as "the largest" when they were announced: those within `withinOom` orders of
 * magnitude (base 10) of the most tokens any run had reached up to that date, itself included. This is the
 * frontier whose growth drives data demand. It drops runs that were large in parameters but trained on far
 * fewer tokens than the leader of their day (OPT-175B, BLOOM), which measure something else, and it keeps
 * more than the record-setters alone (a running maximum has few points and inherits each record's noise).
 * Returned in date order; ties in date keep file order.
 */
export function largestRuns(runs: readonly TrendRun[], withinOom = LARGEST_RUNS_WITHIN_OOM): TrendRun[] {
  const ordered = runs.map((run, k) => ({ run, k })).sort((a, b) => a.run.year - b.run.year || a.k - b.k);
  const kept: TrendRun[] = [];
  let recordLog10 = -Infinity;
  let k = 0;
  while (k < ordered.length) {
    // Runs announced on the same date are compared with the record including each other.
    let end = k;
    while (end < ordered.length && ordered[end].run.year === ordered[k].run.year) recordLog10 = Math.max(recordLog10, Math.log10(ordered[end++].run.tokens));
    for (; k < end; k++) if (Math.log10(ordered[k].run.tokens) >= recordLog10 - withinOom) kept.push(ordered[k].run);
  }
  return kept;
}
