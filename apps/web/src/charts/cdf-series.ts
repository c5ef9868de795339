import { type SweepResult, type SweepSummary } from '@horizon/sim';
import { BINS_PER_YEAR, axisEndYear } from '@horizon/sim/internal';

/** One stock's exhaustion-year distribution, ready to draw. */
export interface CdfSeries {
  readonly name: string;
  /** [year, P(Y ≤ year)] every 1/16 year from startYear to horizonYear. */
  readonly points: ReadonlyArray<readonly [number, number]>;
  readonly p10: number | null;
  readonly p50: number | null;
  readonly p90: number | null;
  readonly pAlready: number;
  readonly pNever: number;
}

export interface CdfData {
  readonly startYear: number;
  readonly horizonYear: number;
  /** Right end of the year axis: packages/sim's axisEndYear, past every stock's 99th percentile, or the horizon. */
  readonly axisEndYear: number;
  readonly series: readonly CdfSeries[];
}

/** Points per year on the drawn curves: 1/16 year is finer than a line's width on any screen. */
const POINTS_PER_YEAR = 16;

/**
 * The CDF chart's data from a summary (counts, never samples) and its result (the contract's rounded
 * quantiles, so the chart's marks and the table agree to the digit).
 */
export function cdfSeries(summary: SweepSummary, result: SweepResult): CdfData {
  const { startYear, horizonYear, samples } = summary;
  const names = Object.keys(result.stocks);
  const binsPerPoint = BINS_PER_YEAR / POINTS_PER_YEAR;
  const series = names.map((name, k): CdfSeries => {
    const counts = summary.stocks[k];
    const stock = result.stocks[name];
    const points: Array<[number, number]> = [[startYear, counts.already / samples]];
    let cumulative = counts.already;
    for (let j = 0; j < counts.bins.length; j++) {
      cumulative += counts.bins[j];
      if ((j + 1) % binsPerPoint === 0) points.push([startYear + (j + 1) / BINS_PER_YEAR, cumulative / samples]);
    }
    return { name, points, p10: stock.quantiles.p10, p50: stock.quantiles.p50, p90: stock.quantiles.p90, pAlready: stock.pAlready, pNever: stock.pNever };
  });
  return { startYear, horizonYear, axisEndYear: axisEndYear(summary), series };
}

/** P(Y ≤ year) read off a series by linear interpolation between its points. */
export function cdfAt(series: CdfSeries, year: number): number {
  const { points } = series;
  if (year <= points[0][0]) return points[0][1];
  const step = points[1] ? points[1][0] - points[0][0] : 1;
  const j = Math.min(points.length - 2, Math.floor((year - points[0][0]) / step));
  if (j < 0) return points[0][1];
  const [y0, p0] = points[j];
  const [y1, p1] = points[j + 1];
  return year >= y1 ? p1 : p0 + ((p1 - p0) * (year - y0)) / (y1 - y0);
}
