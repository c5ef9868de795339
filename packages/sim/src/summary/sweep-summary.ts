/**
 * The mergeable result of a sweep: per stock, integer counts of exhaustion years on a fixed grid of
 * 1/128 year (0.0078 y, finer than the contract's 0.01), plus counts of "already" and "never". Memory is
 * fixed by the scenario's span, not by the sample count, and merging adds counts, which is exact (integers
 * below 2^53) and so independent of order, threads and shards.
 */
export const BINS_PER_YEAR = 128;

export interface StockCounts {
  /** Samples whose demand exceeded the supply at startYear. */
  already: number;
  /** Samples that never exhaust the stock by horizonYear. */
  never: number;
  /** bins[j] counts years in [startYear + j/128, startYear + (j+1)/128). */
  readonly bins: Float64Array;
}

export interface SweepSummary {
  readonly startYear: number;
  readonly horizonYear: number;
  /** Samples added so far. */
  samples: number;
  readonly stocks: StockCounts[];
}

export function binCount(startYear: number, horizonYear: number): number {
  return (horizonYear - startYear) * BINS_PER_YEAR;
}

export function createSummary(startYear: number, horizonYear: number, stockCount: number): SweepSummary {
  const bins = binCount(startYear, horizonYear);
  return {
    startYear,
    horizonYear,
    samples: 0,
    stocks: Array.from({ length: stockCount }, () => ({ already: 0, never: 0, bins: new Float64Array(bins) })),
  };
}

/** Adds one sample's exhaustion year of stock `stock` (startYear = already, +Infinity = never). */
export function addYear(summary: SweepSummary, stock: number, year: number): void {
  const counts = summary.stocks[stock];
  if (year === Infinity) counts.never++;
  else if (year <= summary.startYear) counts.already++;
  else {
    const bin = Math.floor((year - summary.startYear) * BINS_PER_YEAR);
    counts.bins[Math.min(bin, counts.bins.length - 1)]++;
  }
}

/** Adds `source` into `target` (same scenario span and stocks). */
export function mergeSummary(target: SweepSummary, source: SweepSummary): void {
  if (target.startYear !== source.startYear || target.horizonYear !== source.horizonYear || target.stocks.length !== source.stocks.length) {
    throw new Error('summaries of different scenarios cannot be merged');
  }
  target.samples += source.samples;
  source.stocks.forEach((from, k) => {
    const into = target.stocks[k];
    into.already += from.already;
    into.never += from.never;
    for (let j = 0; j < from.bins.length; j++) into.bins[j] += from.bins[j];
  });
}
