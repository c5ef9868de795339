import { SampleStream } from '../random/splitmix64.js';
import { fitLogLinear, type LogLinearFit } from './fit-log-linear.js';
import type { TrendRun } from './parse-trend-runs-csv.js';
import { TREND_DRAW_WIDTH } from '../scenario/trend-draws-csv.js';

export interface TrendBootstrap {
  /** The fit to all the runs. */
  readonly fit: LogLinearFit;
  /** Row-major year, tokens0, growthPerYear: one bootstrap refit a row, year = fit.referenceYear. */
  readonly draws: Float64Array;
}

/**
 * Fits the log-linear trend to `runs` and makes `refits` nonparametric bootstrap refits (Efron 1979; the
 * resampling Villalobos et al. 2024 §2.4 use for their 95% interval of the growth rate): each resamples the
 * runs with replacement and refits. A resample whose runs share a single date is drawn again. Refit r uses
 * only (seed, r). tokens0 is the refit's line at `referenceYear`, so tokens0 and growthPerYear are joint.
 */
export function bootstrapTrend(runs: readonly TrendRun[], refits: number, seed: number, referenceYear: number): TrendBootstrap {
  const years = Float64Array.from(runs, (run) => run.year);
  const logs = Float64Array.from(runs, (run) => Math.log10(run.tokens));
  const count = runs.length;
  const fit = fitLogLinear(years, logs, new Float64Array(count).fill(1), referenceYear);
  if (fit === null) throw new RangeError('the runs need at least two different dates to fit a trend');
  const stream = new SampleStream(seed);
  const draws = new Float64Array(refits * TREND_DRAW_WIDTH);
  const weight = new Float64Array(count);
  for (let r = 0; r < refits; r++) {
    stream.startSample(r);
    let refit: LogLinearFit | null = null;
    while (refit === null) {
      weight.fill(0);
      for (let i = 0; i < count; i++) weight[Math.min(Math.floor(stream.uniform() * count), count - 1)]++;
      refit = fitLogLinear(years, logs, weight, referenceYear);
    }
    draws[r * TREND_DRAW_WIDTH] = referenceYear;
    draws[r * TREND_DRAW_WIDTH + 1] = 10 ** refit.log10Tokens;
    draws[r * TREND_DRAW_WIDTH + 2] = 10 ** refit.slope;
  }
  return { fit, draws };
}
