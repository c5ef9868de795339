/**
 * Mergeable per-year distributions of demand and supply, for the fan chart (demand against each stock's
 * effective supply m·S, the picture of the data-stock papers). For every whole year from startYear to
 * horizonYear it counts ln D(t) and each stock's ln(m·S_s(t)) on a fixed grid of log10(tokens): 20 bins per
 * decade (0.05 dex ≈ 12% per bin) from 1e6 to 1e46 tokens, values outside clamped to the end bins. Counts are
 * integers, so merging is exact and order-free. Only every TRAJECTORY_STRIDE-th sample is recorded (sample
 * index divisible by the stride): a fan chart needs thousands of paths, not billions, and this keeps the cost
 * to a few percent of a sweep.
 */
export const TRAJECTORY_STRIDE = 16;
export const TRAJECTORY_BINS_PER_DECADE = 20;
export const TRAJECTORY_MIN_LOG10 = 6;
export const TRAJECTORY_MAX_LOG10 = 46;
export const TRAJECTORY_BINS = (TRAJECTORY_MAX_LOG10 - TRAJECTORY_MIN_LOG10) * TRAJECTORY_BINS_PER_DECADE;

export interface TrajectoryCounts {
  /** Whole years startYear … horizonYear. */
  readonly years: number;
  /** Series: 0 is demand, 1 + s is stock s's effective supply. */
  readonly series: number;
  /** Samples recorded (those with index % TRAJECTORY_STRIDE === 0). */
  recorded: number;
  /** counts[(series · years + year) · TRAJECTORY_BINS + bin]. */
  readonly counts: Float64Array;
}

export function createTrajectoryCounts(startYear: number, horizonYear: number, stockCount: number): TrajectoryCounts {
  const years = horizonYear - startYear + 1;
  const series = 1 + stockCount;
  return { years, series, recorded: 0, counts: new Float64Array(series * years * TRAJECTORY_BINS) };
}

/** The bin of ln(tokens). */
export function trajectoryBin(lnTokens: number): number {
  const bin = Math.floor((lnTokens * Math.LOG10E - TRAJECTORY_MIN_LOG10) * TRAJECTORY_BINS_PER_DECADE);
  // NaN (a supply of 0 · ∞) goes to bin 0, as in the kernel (`!(bin >= 0)`), so both engines count it alike.
  return !(bin >= 0) ? 0 : bin >= TRAJECTORY_BINS ? TRAJECTORY_BINS - 1 : bin;
}

export function mergeTrajectoryCounts(target: TrajectoryCounts, source: TrajectoryCounts): void {
  target.recorded += source.recorded;
  for (let j = 0; j < source.counts.length; j++) target.counts[j] += source.counts[j];
}

/** The p-quantile of one series in one year, in tokens (interpolated in log10 inside the bin). */
export function trajectoryQuantile(counts: TrajectoryCounts, series: number, year: number, p: number): number | null {
  if (counts.recorded === 0) return null;
  const offset = (series * counts.years + year) * TRAJECTORY_BINS;
  const target = p * counts.recorded;
  let cumulative = 0;
  for (let bin = 0; bin < TRAJECTORY_BINS; bin++) {
    const inBin = counts.counts[offset + bin];
    if (inBin > 0 && cumulative + inBin >= target) {
      const log10 = TRAJECTORY_MIN_LOG10 + (bin + (target - cumulative) / inBin) / TRAJECTORY_BINS_PER_DECADE;
      return 10 ** log10;
    }
    cumulative += inBin;
  }
  return 10 ** TRAJECTORY_MAX_LOG10;
}
