import { type SweepResult, type SweepSummary } from '@horizon/sim';
import { yearQuantile } from '@horizon/sim/internal';
import { percentLabel } from '../charts/chart-frame.js';

/** One stock's answer in words, and the numbers behind it. */
export interface HeadlineStock {
  readonly name: string;
  readonly median: number | null;
  /** Monte-Carlo standard error of the median, in years (null when it cannot be estimated). */
  readonly medianError: number | null;
  readonly p10: number | null;
  readonly p90: number | null;
  readonly pNever: number;
}

/**
 * The Monte-Carlo standard error of a sample median, √(p(1−p)/n) / f(median) with p = ½ (the asymptotic
 * variance of a sample quantile; e.g. Serfling 1980, §2.3.3), the density f estimated from the counts as
 * 0.1 / (q(0.55) − q(0.45)). Within ~10% of the error for smooth densities; null when the median or those
 * quantiles are at a point mass or "never".
 */
export function medianStandardError(summary: SweepSummary, stock: number): number | null {
  const counts = summary.stocks[stock];
  const n = summary.samples;
  if (n < 100) return null;
  const below = yearQuantile(counts, n, summary.startYear, 0.45);
  const above = yearQuantile(counts, n, summary.startYear, 0.55);
  if (below === null || above === null || !(above > below)) return null;
  return Math.sqrt(0.25 / n) * ((above - below) / 0.1);
}

export function headlineStocks(summary: SweepSummary, result: SweepResult): HeadlineStock[] {
  return Object.entries(result.stocks).map(([name, stock], s) => ({
    name,
    median: stock.quantiles.p50,
    medianError: stock.quantiles.p50 === null ? null : medianStandardError(summary, s),
    p10: stock.quantiles.p10,
    p90: stock.quantiles.p90,
    pNever: stock.pNever,
  }));
}

/** "indexed-web: exhausted in 2029.0 (±0.01), 80%: 2027.3–2031.1; P(never by 2100) 0%" (name isolated by the caller). */
export function headlineText(stock: HeadlineStock, horizonYear: number, name = stock.name): string {
  const year = (value: number | null) => (value === null ? `after ${horizonYear}` : value.toFixed(1));
  const error = stock.medianError === null ? '' : ` (±${stock.medianError < 0.01 ? '<0.01' : stock.medianError.toFixed(2)})`;
  const when = stock.median === null ? `not exhausted by ${horizonYear} in most samples` : `exhausted in ${year(stock.median)}${error}`;
  return `${name}: ${when}, 80%: ${year(stock.p10)}–${year(stock.p90)}; P(never by ${horizonYear}) ${percentLabel(stock.pNever)}`;
}
