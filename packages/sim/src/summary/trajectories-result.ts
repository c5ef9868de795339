import { trajectoryQuantile, TRAJECTORY_STRIDE, type TrajectoryCounts } from './trajectory-counts.js';

/** Levels of the fan chart: median, 50% and 90% bands. */
export const TRAJECTORY_LEVELS = { p5: 0.05, p25: 0.25, p50: 0.5, p75: 0.75, p95: 0.95 } as const;
type TrajectoryLevel = keyof typeof TRAJECTORY_LEVELS;

/** Quantiles of one series per year, in tokens (4 significant digits). */
export type TrajectoryBands = Record<TrajectoryLevel, Array<number | null>>;

/**
 * The extra JSON key `trajectories` (docs/output.md): per whole year, quantiles of the largest run's demand
 * D(t) and of each stock's effective supply m·S(t), in tokens, from every TRAJECTORY_STRIDE-th sample.
 */
export interface TrajectoriesResult {
  years: number[];
  /** Samples the bands are computed from (every 16th sample). */
  samplesUsed: number;
  demand: TrajectoryBands;
  supply: Record<string, TrajectoryBands>;
}

const round4 = (value: number | null): number | null => (value === null ? null : Number(value.toPrecision(4)));

export function trajectoriesResult(counts: TrajectoryCounts, startYear: number, stockNames: readonly string[]): TrajectoriesResult {
  const years = Array.from({ length: counts.years }, (_, y) => startYear + y);
  const bands = (series: number): TrajectoryBands => {
    const out = {} as TrajectoryBands;
    for (const [key, p] of Object.entries(TRAJECTORY_LEVELS) as Array<[TrajectoryLevel, number]>) {
      out[key] = years.map((_, y) => round4(trajectoryQuantile(counts, series, y, p)));
    }
    return out;
  };
  const supply: Record<string, TrajectoryBands> = Object.create(null);
  stockNames.forEach((name, s) => (supply[name] = bands(1 + s)));
  return { years, samplesUsed: counts.recorded, demand: bands(0), supply };
}

export { TRAJECTORY_STRIDE };
