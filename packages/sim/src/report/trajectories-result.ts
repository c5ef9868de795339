import { recordModel, TRAJECTORY_SAMPLES, type TrajectoryRecords } from '../summary/trajectory-records.js';
import { quantileRanks, quantilesAt } from '../summary/select-quantiles.js';
import { seriesOrderStatistics, type SeriesOrderStatistics } from '../summary/series-order-statistics.js';

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
 * app's fan chart), and the rest can follow. `orderStatisticsOf`: where each year's order statistics come from
 * (the same values from any: TypeScript's by default, the WebAssembly kernel's in the web app).
 */
export function trajectoriesResult(records: TrajectoryRecords, stockNames: readonly string[], throughYear?: number, orderStatisticsOf: SeriesOrderStatistics = seriesOrderStatistics): TrajectoriesResult {
  const count = throughYear === undefined ? records.years : Math.max(1, Math.min(records.years, Math.floor(throughYear) - records.startYear + 1));
  const years = Array.from({ length: count }, (_, y) => records.startYear + y);
  const all = Int32Array.from({ length: records.recorded }, (_, k) => k);
  const bands = (series: number, members: Int32Array) => bandsOf(records, count, series, members, orderStatisticsOf);
  const supply: Record<string, TrajectoryBands> = Object.create(null);
  stockNames.forEach((name, s) => (supply[name] = bands(1 + s, all)));
  const result: TrajectoriesResult = { years, samplesUsed: records.recorded, demand: bands(0, all), supply };
  if (records.demandModes.length > 1) {
    result.demandByModel = records.demandModes.map((mode, model) => {
      const members = all.filter((record) => recordModel(records, record) === model);
      return { model, mode, samplesUsed: members.length, bands: bands(0, members) };
    });
  }
  return result;
}

/**
 * The bands of series `series` of the records `members` over the first `years` years: each year's quantiles
 * (R-7) of the members' values, from their order statistics. A demand model's bands are those of its members
 * alone: their values are the same numbers whichever records they are taken among.
 */
function bandsOf(records: TrajectoryRecords, years: number, series: number, members: Int32Array, orderStatisticsOf: SeriesOrderStatistics): TrajectoryBands {
  const out = emptyBands();
  const n = members.length;
  // No member (a demand model no recorded path followed): no quantile.
  if (n === 0) {
    for (let y = 0; y < years; y++) addLevels(out, LEVEL_PS.map(() => NaN));
    return out;
  }
  const ranks = quantileRanks(n, LEVEL_PS);
  const at = orderStatisticsOf(records, series, members, years, ranks) ?? (seriesOrderStatistics(records, series, members, years, ranks) as Float64Array);
  for (let y = 0; y < years; y++) addLevels(out, quantilesAt(n, LEVEL_PS, ranks, at.subarray(y * ranks.length, (y + 1) * ranks.length)));
  return out;
}

function emptyBands(): TrajectoryBands {
  return Object.fromEntries(LEVEL_KEYS.map((key) => [key, [] as Array<number | null>])) as TrajectoryBands;
}

/** Appends one year's quantiles (ln tokens, one per level) to each level of `bands`, in tokens. */
function addLevels(bands: TrajectoryBands, levels: readonly number[]): void {
  LEVEL_KEYS.forEach((key, k) => bands[key].push(round6(Math.exp(levels[k]))));
}
