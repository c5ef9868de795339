import { percentile } from '../math/percentile.js';
import type { TrendBootstrap } from './bootstrap-trend.js';
import { TREND_DRAW_WIDTH } from '../scenario/trend-draws-csv.js';

/** A point estimate with its 95% bootstrap percentile interval. */
export interface TrendInterval {
  readonly estimate: number;
  readonly p2_5: number;
  readonly p97_5: number;
}

/** What `horizon trend` prints: the fit and the bootstrap's 95% intervals (the level V24 §2.4 reports). */
export interface TrendSummary {
  readonly referenceYear: number;
  /** Training tokens on the fitted line at referenceYear. */
  readonly tokens0: TrendInterval;
  /** Growth factor per year. */
  readonly growthPerYear: TrendInterval;
  /** Orders of magnitude per year (log10 of the growth factor). */
  readonly oomPerYear: TrendInterval;
}

export function summarizeTrend({ fit, draws }: TrendBootstrap): TrendSummary {
  const column = (c: number): Float64Array => {
    const out = new Float64Array(draws.length / TREND_DRAW_WIDTH);
    for (let r = 0; r < out.length; r++) out[r] = draws[r * TREND_DRAW_WIDTH + c];
    return out;
  };
  const interval = (estimate: number, values: Float64Array): TrendInterval => ({ estimate, p2_5: percentile(values, 0.025), p97_5: percentile(values, 0.975) });
  const growth = column(2);
  return {
    referenceYear: fit.referenceYear,
    tokens0: interval(10 ** fit.log10Tokens, column(1)),
    growthPerYear: interval(10 ** fit.slope, growth),
    oomPerYear: interval(fit.slope, growth.map(Math.log10)),
  };
}
