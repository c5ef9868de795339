import { formatRowMajorCsv, parseRowMajorCsv, type NumericColumn } from '../csv/numeric-csv.js';

/** Width of a draw row: E, A, B, alpha, beta (the order of the draws CSV and of the plan's law slots). */
export const DRAW_WIDTH = 5;

/** Header of a draws file (docs/fit.md), in the order of the plan's law slots. */
export const LAW_DRAWS_HEADER = 'E,A,B,alpha,beta';

const positive = (value: number): boolean => value > 0;
const DRAW_COLUMNS: readonly NumericColumn[] = [
  { name: 'E', valid: (value) => value >= 0, rule: 'E ≥ 0' },
  { name: 'A', valid: positive, rule: 'A > 0' },
  { name: 'B', valid: positive, rule: 'B > 0' },
  { name: 'alpha', valid: positive, rule: 'alpha > 0' },
  { name: 'beta', valid: positive, rule: 'beta > 0' },
];

/**
 * Writes joint draws (row-major E, A, B, alpha, beta) as CSV: the header, then one draw a line with each number
 * in JavaScript's shortest round-trip form, so `parseLawDrawsCsv` reads back the same doubles.
 */
export function formatLawDrawsCsv(draws: Float64Array): string {
  return formatRowMajorCsv(LAW_DRAWS_HEADER, draws, DRAW_WIDTH);
}

/**
 * Reads a draws file (`"scalingLaw": {"samples": FILE}`) into row-major E, A, B, alpha, beta, the form
 * `compilePlan`'s `lawSamples` returns. Columns may come in any order; extra columns are ignored. Throws
 * `InputError` naming `file`, the line and the column for a missing column or a value out of its domain.
 */
export function parseLawDrawsCsv(text: string, file: string): Float64Array {
  return parseRowMajorCsv(text, file, DRAW_COLUMNS);
}

/** Whether draw `r` of row-major `draws` is one `parseLawDrawsCsv` accepts: finite, E ≥ 0, the rest > 0. */
export function isValidLawDraw(draws: Float64Array, r: number): boolean {
  return DRAW_COLUMNS.every((column, c) => {
    const value = draws[r * DRAW_WIDTH + c];
    return Number.isFinite(value) && column.valid(value);
  });
}

/**
 * The draws `parseLawDrawsCsv` would accept, in order, and how many were left out: a bootstrap refit on a
 * degenerate resample can end at a negative exponent or an infinite coefficient, which `sweep` must refuse,
 * so `fit` leaves it out and says how many it left.
 */
export function keepValidLawDraws(draws: Float64Array): { readonly draws: Float64Array; readonly dropped: number } {
  const rows = draws.length / DRAW_WIDTH;
  const kept: number[] = [];
  for (let r = 0; r < rows; r++) if (isValidLawDraw(draws, r)) kept.push(r);
  if (kept.length === rows) return { draws, dropped: 0 };
  const out = new Float64Array(kept.length * DRAW_WIDTH);
  kept.forEach((r, k) => out.set(draws.subarray(r * DRAW_WIDTH, (r + 1) * DRAW_WIDTH), k * DRAW_WIDTH));
  return { draws: out, dropped: rows - kept.length };
}
