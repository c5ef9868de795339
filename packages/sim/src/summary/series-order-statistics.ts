import { pathsYearByYear, type TrajectoryRecords } from './trajectory-records.js';
import { orderStatistics } from './select-quantiles.js';

/**
 * Each year's order statistics of one series of trajectory records (0: demand, 1 + s: stock s) over the
 * records `members` (at least one), years startYear … startYear + years − 1: out[y · ranks.length + r] is the
 * ranks[r]-th smallest of the members' values (ln tokens) at year startYear + y. Undefined when it cannot
 * (the caller then takes seriesOrderStatistics's). The fan chart's quantiles are taken from these
 * (report/trajectories-result.ts), so any implementation must give these same values.
 */
export type SeriesOrderStatistics = (records: TrajectoryRecords, series: number, members: Int32Array, years: number, ranks: readonly number[]) => Float64Array | undefined;

/** SeriesOrderStatistics in TypeScript: each year's values (pathsYearByYear), then their order statistics (select-quantiles.ts). */
export const seriesOrderStatistics: SeriesOrderStatistics = (records, series, members, years, ranks) => {
  const n = members.length;
  const yearInto = pathsYearByYear(records, series, members);
  const values = new Float64Array(n);
  const out = new Float64Array(years * ranks.length);
  for (let y = 0; y < years; y++) {
    yearInto(y, values);
    out.set(orderStatistics(values, n, ranks), y * ranks.length);
  }
  return out;
};
