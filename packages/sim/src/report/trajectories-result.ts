import { lnTokensByYear, recordModel, TRAJECTORY_SAMPLES, type TrajectoryRecords } from '../summary/trajectory-records.js';
import { selectQuantiles } from '../summary/select-quantiles.js';

/** Levels of the fan chart: median, 50%, 80% and 90% bands. */
export const TRAJECTORY_LEVELS = { p5: 0.05, p10: 0.1, p25: 0.25, p50: 0.5, p75: 0.75, p90: 0.9, p95: 0.95 } as const;
type TrajectoryLevel = keyof typeof TRAJECTORY_LEVELS;
const LEVEL_KEYS = Object.keys(TRAJECTORY_LEVELS) as TrajectoryLevel[];
const LEVEL_PS = Object.values(TRAJECTORY_LEVELS);

/** Quantiles of one series per year, in tokens (6 significant digits). */
export type TrajectoryBands = Record<TrajectoryLevel, Array<number | null>>;

/** Demand of one model of a mixture: its paths alone. */
export interface DemandModelBands {
  /** The model's index in the scenario's `demand` list. */
  model: number;
  /** "trend" (historical trend of training-set size) or "compute" (compute-optimal tokens). */
  mode: string;
  /** Recorded paths that followed this model. */
  samplesUsed: number;
  bands: TrajectoryBands;
}

/**
 * The extra JSON key `trajectories` (docs/output.md): per whole year, exact sample quantiles of the
 * largest run's demand D(t) and of each stock's effective supply m·S(t), in tokens, over the paths of the
 * first TRAJECTORY_SAMPLES samples; with a mixture of demand models, also each model's demand alone.
 */
export interface TrajectoriesResult {
  years: number[];
  /** Paths the bands are computed from: min(samples, TRAJECTORY_SAMPLES). */
  samplesUsed: number;
  demand: TrajectoryBands;
  supply: Record<string, TrajectoryBands>;
  /** Present when the demand is a mixture of models. */
  demandByModel?: DemandModelBands[];
}

const round6 = (value: number): number | null => (Number.isFinite(value) ? Number(value.toPrecision(6)) : null);

export function trajectoriesResult(records: TrajectoryRecords, stockNames: readonly string[]): TrajectoriesResult {
  const years = Array.from({ length: records.years }, (_, y) => records.startYear + y);
  const all = Array.from({ length: records.recorded }, (_, k) => k);
  const supply: Record<string, TrajectoryBands> = Object.create(null);
  stockNames.forEach((name, s) => (supply[name] = seriesBands(records, 1 + s, all)));
  const result: TrajectoriesResult = { years, samplesUsed: records.recorded, demand: seriesBands(records, 0, all), supply };
  if (records.demandModes.length > 1) {
    result.demandByModel = records.demandModes.map((mode, model) => {
      const members = all.filter((record) => recordModel(records, record) === model);
      return { model, mode, samplesUsed: members.length, bands: seriesBands(records, 0, members) };
    });
  }
  return result;
}

/** The bands of one series over the records `members`: every year's ln tokens, then their quantiles. */
function seriesBands(records: TrajectoryRecords, series: number, members: readonly number[]): TrajectoryBands {
  const n = members.length;
  // Year-major: the n values of year y at [y · n, (y + 1) · n).
  const lns = new Float64Array(records.years * n);
  lnTokensByYear(records, series, members, lns);
  const out = Object.fromEntries(LEVEL_KEYS.map((key) => [key, [] as Array<number | null>])) as TrajectoryBands;
  for (let y = 0; y < records.years; y++) {
    const levels = selectQuantiles(lns.subarray(y * n, (y + 1) * n), n, LEVEL_PS);
    LEVEL_KEYS.forEach((key, k) => out[key].push(round6(Math.exp(levels[k]))));
  }
  return out;
}
