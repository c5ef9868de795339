import { formatRowMajorCsv, parseRowMajorCsv, type NumericColumn } from '../csv/numeric-csv.js';
import { portableLog } from '../math/portable-math.js';

/** Width of a trend draw row: year, tokens0, growthPerYear (the order of the draws CSV). */
export const TREND_DRAW_WIDTH = 3;

/** Header of a trend draws file (`horizon trend --out`), in the order of a draw row. */
export const TREND_DRAWS_HEADER = 'year,tokens0,growthPerYear';

const positive = (value: number): boolean => value > 0;
const TREND_COLUMNS: readonly NumericColumn[] = [
  { name: 'year', valid: (value) => value >= 1900 && value <= 3000, rule: 'a year in [1900, 3000]' },
  { name: 'tokens0', valid: positive, rule: 'a positive number of tokens' },
  { name: 'growthPerYear', valid: positive, rule: 'a positive growth factor per year' },
];

/** Writes trend draws (row-major year, tokens0, growthPerYear) as CSV, each number in shortest round-trip form. */
export function formatTrendDrawsCsv(draws: Float64Array): string {
  return formatRowMajorCsv(TREND_DRAWS_HEADER, draws, TREND_DRAW_WIDTH);
}

/**
 * Reads a trend draws file (`"trend": {"samples": FILE}`) into row-major year, tokens0, growthPerYear.
 * Columns may come in any order; extra columns are ignored. Throws `InputError` naming the file, line and column.
 */
export function parseTrendDrawsCsv(text: string, file: string): Float64Array {
  return parseRowMajorCsv(text, file, TREND_COLUMNS);
}

/**
 * Trend draws as the plan's row values at `startYear`: per row, ln tokens carried from the row's year to
 * startYear at the row's growth (ln tokens0 + (startYear − year) · ln growth), then ln growth.
 */
export function trendRowsAtStart(draws: Float64Array, startYear: number): Float64Array {
  const rows = draws.length / TREND_DRAW_WIDTH;
  const out = new Float64Array(rows * 2);
  for (let r = 0; r < rows; r++) {
    const [year, tokens0, growth] = draws.subarray(r * TREND_DRAW_WIDTH, (r + 1) * TREND_DRAW_WIDTH);
    const lnGrowth = portableLog(growth);
    out[2 * r] = portableLog(tokens0) + (startYear - year) * lnGrowth;
    out[2 * r + 1] = lnGrowth;
  }
  return out;
}
