import type { StockResult, VaryResult } from '@horizon/sim';

/** One stock's exhaustion year at one point of the axis: quantiles (null: not by the horizon) and P(exhausted by the chosen year). */
export interface WhatIfPoint {
  readonly at: number;
  readonly p5: number | null;
  readonly p10: number | null;
  readonly p25: number | null;
  readonly p50: number | null;
  readonly p75: number | null;
  readonly p90: number | null;
  readonly p95: number | null;
  readonly pBy: number;
}

export interface WhatIfSeries {
  readonly name: string;
  readonly points: readonly WhatIfPoint[];
}

/** What the what-if chart and its data table draw: one series per stock, along one axis. */
export interface WhatIfData {
  /** The axis in words (e.g. `training: max epochs, × factor`). */
  readonly axisLabel: string;
  readonly values: readonly number[];
  readonly log: boolean;
  readonly op: 'set' | 'scale';
  readonly byYear: number;
  readonly startYear: number;
  readonly horizonYear: number;
  readonly series: readonly WhatIfSeries[];
  /** Samples at the points so far (fewest, most), and whether every point is whole. */
  readonly samples: { readonly fewest: number; readonly most: number; readonly final: boolean };
}

/** P(Y ≤ year) from a stock's yearly CDF (P(already) before the start, P(not never) after the horizon). */
export function pExhaustedBy(stock: StockResult, year: number): number {
  const entry = stock.cdf.find((point) => point.year === year);
  if (entry) return entry.p;
  return year < (stock.cdf[0]?.year ?? 0) ? stock.pAlready : 1 - stock.pNever;
}

/** The chart's series from the what-if JSON (its rounded quantiles, so chart, table and download agree to the digit). */
export function whatIfSeries(result: VaryResult, byYear: number): WhatIfSeries[] {
  const names = Object.keys(result.points[0]?.stocks ?? {});
  return names.map((name) => ({
    name,
    points: result.points.map((point) => {
      const stock = point.stocks[name];
      return { at: point.at[0], ...stock.quantiles, pBy: pExhaustedBy(stock, byYear) };
    }),
  }));
}
