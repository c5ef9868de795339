import { placeRanks } from './place-ranks.js';
import { BUCKETED_MIN_VALUES, bucketedOrderStatistics } from './bucketed-order-statistics.js';

/**
 * Sample quantiles by the R-7 rule (linear interpolation between order statistics, numpy's and d3's
 * default: h = (n − 1)·p, x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋])), exact, without a full sort: the order
 * statistics needed come from a few passes over a large array (bucketed-order-statistics.ts) or from
 * quickselect (place-ranks.ts). Either gives the same order statistics, so the same quantiles (up to the sign
 * of a zero, which no sort defines either). May reorder `values[0, n)`.
 */
export function selectQuantiles(values: Float64Array, n: number, ps: readonly number[]): number[] {
  if (n === 0) return ps.map(() => NaN);
  const ranks = quantileRanks(n, ps);
  return quantilesAt(n, ps, ranks, orderStatistics(values, n, ranks));
}

/** The order statistics R-7 needs for levels `ps` of n values: each ⌊(n − 1)·p⌋ and the next, increasing, distinct. */
export function quantileRanks(n: number, ps: readonly number[]): number[] {
  const wanted = new Set<number>();
  for (const p of ps) {
    const lo = Math.floor((n - 1) * p);
    wanted.add(lo);
    if (lo + 1 < n) wanted.add(lo + 1);
  }
  return [...wanted].sort((a, b) => a - b);
}

/** The R-7 quantiles at levels `ps` of n values (n > 0) from their order statistics `at` of ranks `ranks` (quantileRanks). */
export function quantilesAt(n: number, ps: readonly number[], ranks: readonly number[], at: ArrayLike<number>): number[] {
  const valueOf = (rank: number) => at[ranks.indexOf(rank)];
  return ps.map((p) => {
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    return h > lo ? valueOf(lo) + (h - lo) * (valueOf(lo + 1) - valueOf(lo)) : valueOf(lo);
  });
}

/** The ranks-th smallest values of values[0, n), in the order of `ranks` (increasing, distinct); may reorder them. */
export function orderStatistics(values: Float64Array, n: number, ranks: readonly number[]): ArrayLike<number> {
  const bucketed = n >= BUCKETED_MIN_VALUES ? bucketedOrderStatistics(values, n, ranks) : undefined;
  if (bucketed) return bucketed;
  placeRanks(values, ranks, 0, n - 1);
  return ranks.map((rank) => values[rank]);
}
