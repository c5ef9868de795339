import type { SweepSummary } from './sweep-summary.js';
import { yearQuantile } from './year-quantile.js';

/** Years an axis shows at the least, so a run exhausted at once still has a readable axis. */
const MIN_SPAN_YEARS = 5;
/** The axis ends on a multiple of this many years. */
export const AXIS_STEP_YEARS = 5;

/**
 * Where a chart of the exhaustion years ends: a little past every stock's 99th percentile (the horizon when a
 * stock's falls in the never mass), at least MIN_SPAN_YEARS after startYear, rounded up to a multiple of
 * AXIS_STEP_YEARS with at least a year to spare, and never past horizonYear. The web's CDF chart and the CLI's
 * sparkline both end here, so they show the same span.
 */
export function axisEndYear(summary: Pick<SweepSummary, 'startYear' | 'horizonYear' | 'samples' | 'stocks'>): number {
  const { startYear, horizonYear, samples } = summary;
  let end = startYear + MIN_SPAN_YEARS;
  for (const counts of summary.stocks) end = Math.max(end, yearQuantile(counts, samples, startYear, 0.99) ?? horizonYear);
  return Math.min(horizonYear, Math.ceil((end + 1) / AXIS_STEP_YEARS) * AXIS_STEP_YEARS);
}
