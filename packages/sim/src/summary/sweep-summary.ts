/**
 * The mergeable result of a sweep: per stock, integer counts of exhaustion years on a fixed grid of
 * 1/128 year (0.0078 y, finer than the contract's 0.01), plus counts of "already" and "never". Memory is
 * fixed by the scenario's span, not by the sample count, and merging adds counts, which is exact (integers
 * below 2^53) and so independent of order, threads and shards.
 */
import { createTrajectoryRecords, mergeTrajectoryRecords, type TrajectoryRecords } from './trajectory-records.js';
import { createSensitivityAccumulator, mergeSensitivity, type SensitivityAccumulator, type SensitivityInput } from './sensitivity-accumulator.js';

export const BINS_PER_YEAR = 128;

export interface StockCounts {
  /** Samples whose demand exceeded the supply at startYear. */
  already: number;
  /** Samples that never exhaust the stock by horizonYear. */
  never: number;
  /**
   * bins[j] counts years in (startYear + j/128, startYear + (j+1)/128]: closed on the right, so that the
   * counts up to a whole year give P(Y ≤ year) exactly, a sample at exactly that year included.
   */
  readonly bins: Float64Array;
}

/**
 * The mergeable counts of a sweep (or of part of one): per stock, a histogram of exhaustion years in
 * 1/BINS_PER_YEAR-year bins with the "already" and "never" counts, and optional sections. Its size does not
 * depend on the sample count; summaries of disjoint samples add up exactly (mergeSummary).
 */
export interface SweepSummary {
  readonly startYear: number;
  readonly horizonYear: number;
  /** Samples added so far. */
  samples: number;
  readonly stocks: StockCounts[];
  /** Yearly demand and supply distributions (the fan chart), when asked for. */
  readonly trajectories?: TrajectoryRecords;
  /** Per-input first-order sensitivity accumulators, when asked for. */
  readonly sensitivity?: SensitivityAccumulator;
}

/** Optional sections a sweep can add to its summary; they cost time, so they are asked for. */
export interface SummarySections {
  /** Record the demand and supply paths of the first TRAJECTORY_SAMPLES samples. */
  readonly trajectories?: boolean;
  /** Accumulate sensitivity for these inputs (from `sensitivityInputs(plan)`). */
  readonly sensitivityInputs?: readonly SensitivityInput[];
}

export function binCount(startYear: number, horizonYear: number): number {
  return (horizonYear - startYear) * BINS_PER_YEAR;
}

export function createSummary(startYear: number, horizonYear: number, stockCount: number, sections: SummarySections = {}): SweepSummary {
  const bins = binCount(startYear, horizonYear);
  return {
    startYear,
    horizonYear,
    samples: 0,
    stocks: Array.from({ length: stockCount }, () => ({ already: 0, never: 0, bins: new Float64Array(bins) })),
    ...(sections.trajectories ? { trajectories: createTrajectoryRecords(startYear, horizonYear, stockCount) } : {}),
    ...(sections.sensitivityInputs ? { sensitivity: createSensitivityAccumulator(sections.sensitivityInputs, stockCount) } : {}),
  };
}

/** The sections a summary carries, to create an empty one of the same shape (e.g. per worker). */
export function summarySections(summary: SweepSummary): SummarySections {
  return { trajectories: summary.trajectories !== undefined, sensitivityInputs: summary.sensitivity?.inputs };
}

/** Adds one sample's exhaustion year of stock `stock` (startYear = already, +Infinity = never). */
export function addYear(summary: SweepSummary, stock: number, year: number): void {
  const counts = summary.stocks[stock];
  if (year === Infinity) counts.never++;
  else if (year <= summary.startYear) counts.already++;
  else {
    // year > startYear, so the bin (right-closed) is ceil − 1 ≥ 0.
    const bin = Math.ceil((year - summary.startYear) * BINS_PER_YEAR) - 1;
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
  if ((target.trajectories === undefined) !== (source.trajectories === undefined) || (target.sensitivity === undefined) !== (source.sensitivity === undefined)) {
    throw new Error('summaries with different sections cannot be merged');
  }
  if (target.trajectories && source.trajectories) mergeTrajectoryRecords(target.trajectories, source.trajectories);
  if (target.sensitivity && source.sensitivity) mergeSensitivity(target.sensitivity, source.sensitivity);
}
