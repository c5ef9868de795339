import { type SweepSummary } from '@horizon/sim';
import { BINS_PER_YEAR } from '@horizon/sim/internal';

/**
 * A stock's mean exhaustion year with "never" counted as the horizon (the statistic the tornado's bars are
 * conditional versions of), from its counts: "already" at startYear, each 1/128-year bin at its midpoint, so
 * within 1/256 year of the samples' mean.
 */
export function meanYear(summary: SweepSummary, stock: number): number {
  const counts = summary.stocks[stock];
  let total = counts.already * summary.startYear + counts.never * summary.horizonYear;
  for (let j = 0; j < counts.bins.length; j++) total += counts.bins[j] * (summary.startYear + (j + 0.5) / BINS_PER_YEAR);
  return total / summary.samples;
}
