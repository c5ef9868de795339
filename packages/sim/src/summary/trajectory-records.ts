/**
 * The paths behind the fan chart (demand against each stock's effective supply m·S): for each of the first
 * TRAJECTORY_SAMPLES samples, the few numbers that fix its ln D(t) and every ln(m·S_s(t)) at any year: ln at
 * startYear, the multiplier on the schedule's ln-rates, and the schedule's rates and break years. From them
 * trajectories-result.ts takes exact per-year quantiles (no binning), so a fixed input is a line through its
 * exact values. A record depends only on its sample index, so merging (appending) is exact, and quantiles of
 * the merged records do not depend on the order blocks, threads or shards arrive in. Memory is capped by
 * TRAJECTORY_SAMPLES, whatever the sample count.
 */

/** Samples whose paths are recorded: sample indices 0 … TRAJECTORY_SAMPLES − 1. */
export const TRAJECTORY_SAMPLES = 8192;

export interface TrajectoryRecords {
  readonly startYear: number;
  /** Whole years startYear … horizonYear. */
  readonly years: number;
  /** Series: 0 is demand, 1 + s is stock s's effective supply. */
  readonly series: number;
  /** f64 per series in a record: ln0, scale, segment count, rates[maxSegments], breaks[maxSegments − 1]. 0 until the first record. */
  seriesWidth: number;
  /** Each demand model's mode, in the scenario's order (set with the first record). */
  demandModes: string[];
  /** Records held. */
  recorded: number;
  /** recorded records of 1 + series · seriesWidth f64: the sample's demand model, then its series. */
  data: Float64Array;
}

/** A piecewise growth: `lnRates` per segment, `breakYears` between them (reference-engine.ts PiecewiseGrowth). */
interface Growth {
  readonly lnRates: ArrayLike<number>;
  readonly breakYears: ArrayLike<number>;
}

export function createTrajectoryRecords(startYear: number, horizonYear: number, stockCount: number): TrajectoryRecords {
  return { startYear, years: horizonYear - startYear + 1, series: 1 + stockCount, seriesWidth: 0, demandModes: [], recorded: 0, data: new Float64Array(0) };
}

/** f64 of one record. */
export function recordWidth(records: TrajectoryRecords): number {
  return 1 + records.series * records.seriesWidth;
}

/** Fixes the record layout (once, from the plan): the most segments any schedule has, and the demand modes. */
export function shapeTrajectoryRecords(records: TrajectoryRecords, maxSegments: number, demandModes: readonly string[]): void {
  if (records.seriesWidth !== 0) return;
  records.seriesWidth = 2 + 2 * maxSegments;
  records.demandModes = [...demandModes];
}

/**
 * Makes room for `count` records in all (the shape fixed first): a recording that knows how many it adds
 * reserves them at once, instead of the data growing by doubling (copies and garbage).
 */
export function reserveTrajectoryRecords(records: TrajectoryRecords, count: number): void {
  const needed = count * recordWidth(records);
  if (records.data.length >= needed) return;
  const grown = new Float64Array(Math.max(needed, Math.min(2 * records.data.length, TRAJECTORY_SAMPLES * recordWidth(records))));
  grown.set(records.data.subarray(0, records.recorded * recordWidth(records)));
  records.data = grown;
}

/**
 * Appends one sample's record: its demand model; its demand (ln D at startYear, the multiplier on the
 * schedule's ln-rates, the schedule); each stock's ln(m·S) at startYear and growth (multiplier 1).
 */
export function addTrajectory(records: TrajectoryRecords, model: number, lnDemand0: number, demandScale: number, demandGrowth: Growth, lnSupply0: ArrayLike<number>, supplyGrowth: readonly Growth[]): void {
  reserveTrajectoryRecords(records, records.recorded + 1);
  let at = records.recorded * recordWidth(records);
  records.data[at++] = model;
  writeSeries(records.data, at, lnDemand0, demandScale, demandGrowth);
  for (let s = 0; s < supplyGrowth.length; s++) {
    at += records.seriesWidth;
    writeSeries(records.data, at, lnSupply0[s], 1, supplyGrowth[s]);
  }
  records.recorded++;
}

function writeSeries(data: Float64Array, at: number, ln0: number, scale: number, growth: Growth): void {
  const segments = growth.lnRates.length;
  data[at] = ln0;
  data[at + 1] = scale;
  data[at + 2] = segments;
  for (let k = 0; k < segments; k++) data[at + 3 + k] = growth.lnRates[k];
  for (let k = 0; k < segments - 1; k++) data[at + 3 + segments + k] = growth.breakYears[k];
}

/** Appends `source`'s records to `target`'s (same scenario). */
export function mergeTrajectoryRecords(target: TrajectoryRecords, source: TrajectoryRecords): void {
  if (target.seriesWidth === 0 && source.seriesWidth !== 0) shapeTrajectoryRecords(target, (source.seriesWidth - 2) / 2, source.demandModes);
  if (source.recorded === 0) return;
  if (target.seriesWidth !== source.seriesWidth || target.series !== source.series) throw new Error('trajectory records of different scenarios cannot be merged');
  const width = recordWidth(target);
  reserveTrajectoryRecords(target, target.recorded + source.recorded);
  target.data.set(source.data.subarray(0, source.recorded * width), target.recorded * width);
  target.recorded += source.recorded;
}

/** The demand model of record `record`. */
export function recordModel(records: TrajectoryRecords, record: number): number {
  return records.data[record * recordWidth(records)];
}

/**
 * ln tokens of series `series` of the records `members`, a whole year at a time: the function returned writes
 * member k's value at year startYear + y to out[k], for y = 0, 1, 2, … in turn (each year once, in order).
 * Each is ln0 + scale · ∫ ln-rate from startYear, summed segment by segment exactly as reference-engine.ts
 * lnGrowthUntil sums them (so the same doubles): the sum over the segments a year has passed is the same for
 * every later year, so it is kept and continued. A year's values are made as its quantiles need them, so no
 * array of every year's values is held (4.9 MB a series at 8,192 paths and 77 years).
 */
export function pathsYearByYear(records: TrajectoryRecords, series: number, members: ArrayLike<number>): (y: number, out: Float64Array) => void {
  const { data, startYear } = records;
  const n = members.length;
  const width = recordWidth(records);
  const at = new Int32Array(n);
  let oneSegment = true;
  for (let k = 0; k < n; k++) {
    at[k] = members[k] * width + 1 + series * records.seriesWidth;
    if (data[at[k] + 2] !== 1) oneSegment = false;
  }
  return oneSegment ? oneSegmentYears(data, startYear, at) : segmentedYears(data, startYear, at);
}

/**
 * pathsYearByYear when every member's schedule is one segment (no break): ln0 + scale · (0 + rate · (year −
 * startYear)), the general sum's operations with its first segment only (0 before startYear's value), kept in
 * three flat arrays.
 */
function oneSegmentYears(data: Float64Array, startYear: number, at: Int32Array): (y: number, out: Float64Array) => void {
  const n = at.length;
  const ln0 = new Float64Array(n);
  const scale = new Float64Array(n);
  const rate = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    ln0[k] = data[at[k]];
    scale[k] = data[at[k] + 1];
    rate[k] = data[at[k] + 3];
  }
  return (y, out) => {
    const span = startYear + y - startYear;
    if (span > 0) for (let k = 0; k < n; k++) out[k] = ln0[k] + scale[k] * (0 + rate[k] * span);
    else for (let k = 0; k < n; k++) out[k] = ln0[k] + scale[k] * 0;
  };
}

/** pathsYearByYear over schedules of any segments: per member its next segment, where it starts, the sum before it. */
function segmentedYears(data: Float64Array, startYear: number, at: Int32Array): (y: number, out: Float64Array) => void {
  const n = at.length;
  const segment = new Int32Array(n);
  const from = new Float64Array(n).fill(startYear);
  const passed = new Float64Array(n);
  return (y, out) => {
    const year = startYear + y;
    for (let k = 0; k < n; k++) {
      const a = at[k];
      const segments = data[a + 2];
      // Segments ending at or before `year` add the same for every year from here on.
      let s = segment[k];
      while (s < segments - 1 && data[a + 3 + segments + s] <= year) {
        const to = data[a + 3 + segments + s];
        if (to > from[k]) {
          passed[k] += data[a + 3 + s] * (to - from[k]);
          from[k] = to;
        }
        s++;
      }
      segment[k] = s;
      // The segment `year` falls in adds its part up to `year`.
      let total = passed[k];
      if (s < segments && from[k] < year) total += data[a + 3 + s] * (year - from[k]);
      out[k] = data[a] + data[a + 1] * total;
    }
  };
}
