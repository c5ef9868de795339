import { BINS_PER_YEAR, type StockCounts } from './sweep-summary.js';

/**
 * The p-quantile of a stock's exhaustion year from its counts: "already" is a point mass at startYear, each
 * bin is spread uniformly over its 1/128 year, and "never" is +∞. Returns the smallest year y with
 * P(Y ≤ y) ≥ p (interpolated inside the bin), or null when that falls in the never mass.
 */
export function yearQuantile(counts: StockCounts, samples: number, startYear: number, p: number): number | null {
  const target = p * samples;
  if (target <= counts.already) return startYear;
  if (target > samples - counts.never) return null;
  let cumulative = counts.already;
  for (let j = 0; j < counts.bins.length; j++) {
    const inBin = counts.bins[j];
    if (inBin > 0 && cumulative + inBin >= target) {
      return startYear + (j + (target - cumulative) / inBin) / BINS_PER_YEAR;
    }
    cumulative += inBin;
  }
  // Only reachable through rounding of p · samples at the top of the bins.
  return startYear + counts.bins.length / BINS_PER_YEAR;
}

/** P(Y ≤ year) for every whole year from startYear to horizonYear. */
export function yearlyCdf(counts: StockCounts, samples: number, startYear: number, horizonYear: number): number[] {
  const out: number[] = [];
  let cumulative = counts.already;
  let bin = 0;
  for (let year = startYear; year <= horizonYear; year++) {
    const lastBin = (year - startYear) * BINS_PER_YEAR;
    while (bin < lastBin) cumulative += counts.bins[bin++];
    out.push(cumulative / samples);
  }
  return out;
}
