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
  stockNames.forEach((name, s) => (supply[name] = bandsOf(records, lnsOf(records, 1 + s, all), all.length)));
  const demand = lnsOf(records, 0, all);
  // Each model's paths are the demand's, taken before its quantiles reorder the values within each year.
  const models =
    records.demandModes.length > 1
      ? records.demandModes.map((mode, model) => {
          const members = all.filter((record) => recordModel(records, record) === model);
          return { model, mode, members, lns: takeMembers(demand, all.length, members) };
        })
      : undefined;
  const result: TrajectoriesResult = { years, samplesUsed: records.recorded, demand: bandsOf(records, demand, all.length), supply };
  if (models) {
    result.demandByModel = models.map(({ model, mode, members, lns }) => ({ model, mode, samplesUsed: members.length, bands: bandsOf(records, lns, members.length) }));
  }
  return result;
}

/** Every year's ln tokens of one series over the records `members`, year-major: year y at [y · n, (y + 1) · n). */
function lnsOf(records: TrajectoryRecords, series: number, members: readonly number[]): Float64Array {
  const lns = new Float64Array(records.years * members.length);
  lnTokensByYear(records, series, members, lns);
  return lns;
}

/** The values of `members` (indices into n per year) of year-major `lns`, year-major. */
function takeMembers(lns: Float64Array, n: number, members: readonly number[]): Float64Array {
  const years = lns.length / Math.max(1, n);
  const out = new Float64Array(years * members.length);
  for (let y = 0; y < years; y++) for (let k = 0; k < members.length; k++) out[y * members.length + k] = lns[y * n + members[k]];
  return out;
}

/** The bands of year-major ln tokens of n paths: each year's quantiles (the values are reordered). */
function bandsOf(records: TrajectoryRecords, lns: Float64Array, n: number): TrajectoryBands {
  const out = Object.fromEntries(LEVEL_KEYS.map((key) => [key, [] as Array<number | null>])) as TrajectoryBands;
  for (let y = 0; y < records.years; y++) {
    const levels = selectQuantiles(lns.subarray(y * n, (y + 1) * n), n, LEVEL_PS);
    LEVEL_KEYS.forEach((key, k) => out[key].push(round6(Math.exp(levels[k]))));
  }
  return out;
}
