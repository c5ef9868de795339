import { pathsYearByYear, recordModel, TRAJECTORY_SAMPLES, type TrajectoryRecords } from '../summary/trajectory-records.js';
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

/**
 * `throughYear`: the years startYear … throughYear only, the first years of the whole result (each year's
 * quantiles are its own, so they are the same numbers): a chart that shows those years has them sooner (the web
 * app's fan chart), and the rest can follow.
 */
export function trajectoriesResult(records: TrajectoryRecords, stockNames: readonly string[], throughYear?: number): TrajectoriesResult {
  const count = throughYear === undefined ? records.years : Math.max(1, Math.min(records.years, Math.floor(throughYear) - records.startYear + 1));
  const years = Array.from({ length: count }, (_, y) => records.startYear + y);
  const all = Array.from({ length: records.recorded }, (_, k) => k);
  const supply: Record<string, TrajectoryBands> = Object.create(null);
  stockNames.forEach((name, s) => (supply[name] = bandsOf(records, count, 1 + s, all)));
  const models: Array<ModelMembers & { model: number; mode: string }> =
    records.demandModes.length > 1
      ? records.demandModes.map((mode, model) => ({ model, mode, members: all.filter((record) => recordModel(records, record) === model) }))
      : [];
  const result: TrajectoriesResult = { years, samplesUsed: records.recorded, demand: bandsOf(records, count, 0, all, models), supply };
  if (models.length > 0) {
    result.demandByModel = models.map(({ model, mode, members, bands }) => ({ model, mode, samplesUsed: members.length, bands: bands! }));
  }
  return result;
}

/** A demand model's records among all of them; bandsOf sets its bands. */
interface ModelMembers {
  readonly members: readonly number[];
  bands?: TrajectoryBands;
}

/**
 * The bands of series `series` of the records `members` (all of them, in order) over the first `years` years:
 * each year's quantiles, over one year's values at a time. Each of `models` gets the bands of its members' values alone, taken from
 * each year's values before their quantiles reorder them.
 */
function bandsOf(records: TrajectoryRecords, years: number, series: number, members: readonly number[], models: readonly ModelMembers[] = []): TrajectoryBands {
  const n = members.length;
  const yearInto = pathsYearByYear(records, series, members);
  const values = new Float64Array(n);
  const modelMembers = models.map((model) => Int32Array.from(model.members));
  const modelValues = models.map((model) => new Float64Array(model.members.length));
  const modelBands = models.map((model) => (model.bands = emptyBands()));
  const out = emptyBands();
  for (let y = 0; y < years; y++) {
    yearInto(y, values);
    for (let m = 0; m < models.length; m++) {
      const own = modelValues[m];
      const indices = modelMembers[m];
      for (let k = 0; k < own.length; k++) own[k] = values[indices[k]];
      addLevels(modelBands[m], own);
    }
    addLevels(out, values);
  }
  return out;
}

function emptyBands(): TrajectoryBands {
  return Object.fromEntries(LEVEL_KEYS.map((key) => [key, [] as Array<number | null>])) as TrajectoryBands;
}

/** Appends one year's quantiles of `values` (reordered) to each level of `bands`, in tokens. */
function addLevels(bands: TrajectoryBands, values: Float64Array): void {
  const levels = selectQuantiles(values, values.length, LEVEL_PS);
  LEVEL_KEYS.forEach((key, k) => bands[key].push(round6(Math.exp(levels[k]))));
}
