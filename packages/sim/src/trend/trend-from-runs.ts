import { bootstrapTrend, type TrendBootstrap } from './bootstrap-trend.js';
import { LARGEST_RUNS_WITHIN_OOM, largestRuns } from './largest-runs.js';
import type { TrendRun } from './parse-trend-runs-csv.js';
import { inputError } from '../errors/error-catalogue.js';

/** What `horizon trend` computes: the runs that count as the largest, and the bootstrap of their trend. */
export interface TrendFromRuns extends TrendBootstrap {
  readonly largest: readonly TrendRun[];
}

/**
 * Keeps the largest runs (`largestRuns`), fits their log-linear trend and makes `refits` bootstrap refits.
 * The reference year of tokens0 is the latest kept run's date to 0.01 year: the fit is then read where the
 * data end, not extrapolated. `source` names the runs in the error when too few remain to fit a line.
 */
export function trendFromRuns(runs: readonly TrendRun[], refits: number, seed: number, source: string, withinOom = LARGEST_RUNS_WITHIN_OOM): TrendFromRuns {
  const largest = largestRuns(runs, withinOom);
  const dates = new Set(largest.map((run) => run.year)).size;
  if (largest.length < 3 || dates < 2) {
    throw inputError('tooFewTrendRuns', source, largest.length, withinOom, dates);
  }
  const referenceYear = Math.round(Math.max(...largest.map((run) => run.year)) * 100) / 100;
  return { largest, ...bootstrapTrend(largest, refits, seed, referenceYear) };
}
