import { csvRows } from './csv-rows.js';
import { inputError } from '../errors/error-catalogue.js';

/** A column `parseNumericCsv` must find, and the rule its values must meet. */
export interface NumericColumn {
  readonly name: string;
  /** True when the value is allowed. */
  readonly valid: (value: number) => boolean;
  /** The rule in words, for the error line: "a positive number". */
  readonly rule: string;
}

/** Values of the requested columns, one array per data row, and each row's line number in the file. */
export interface NumericTable {
  readonly rows: number[][];
  readonly lines: number[];
}

/**
 * Reads a comma-separated table with a header row (csvRows: quoted cells, blank lines, a byte-order mark and
 * CRLF line ends handled): finds the named columns, ignores the others (a free-text column may hold quoted
 * commas) and checks every value. Throws `InputError` with one line naming the file, the line and the column.
 */
export function parseNumericCsv(text: string, file: string, columns: readonly NumericColumn[]): NumericTable {
  const [headerRow, ...dataRows] = csvRows(text);
  if (headerRow === undefined) throw inputError('csvEmpty', file, columnList(columns));
  const header = headerRow.cells;
  const indices = columns.map((column) => {
    const matches = header.filter((name) => name === column.name).length;
    if (matches > 1) throw inputError('csvDuplicateColumn', `${file} line ${headerRow.line}`, column.name, matches);
    const index = header.indexOf(column.name);
    if (index < 0) {
      const hint = header.find((name) => name.toLowerCase() === column.name.toLowerCase());
      throw inputError('csvMissingColumn', `${file} line ${headerRow.line}`, column.name, hint, columnList(columns));
    }
    return index;
  });

  const rows: number[][] = [];
  const lineNumbers: number[] = [];
  for (const { cells, line } of dataRows) {
    const row = columns.map((column, c) => {
      const where = `${file} line ${line}, column ${column.name}`;
      const cell = cells[indices[c]];
      if (cell === undefined || cell === '') throw inputError('csvEmptyCell', where, column.rule);
      const value = Number(cell);
      if (!Number.isFinite(value)) throw inputError('csvNotNumber', where, cell, column.rule);
      if (!column.valid(value)) throw inputError('csvOutOfRange', where, cell, column.rule);
      return value;
    });
    rows.push(row);
    lineNumbers.push(line);
  }
  if (rows.length === 0) throw inputError('csvNoRows', file);
  return { rows, lines: lineNumbers };
}

/**
 * Row-major draws (one row of `columns.length` values per draw, the columns' order) read from a table with
 * parseNumericCsv's checks: the form the plan's sample tables take.
 */
export function parseRowMajorCsv(text: string, file: string, columns: readonly NumericColumn[]): Float64Array {
  const { rows } = parseNumericCsv(text, file, columns);
  const width = columns.length;
  const draws = new Float64Array(rows.length * width);
  rows.forEach((row, r) => draws.set(row, r * width));
  return draws;
}

/**
 * Row-major draws of `width` values a row as CSV: `header`, then one row a line with each number in
 * JavaScript's shortest round-trip form, so parseRowMajorCsv reads back the same doubles.
 */
export function formatRowMajorCsv(header: string, draws: Float64Array, width: number): string {
  const lines = [header];
  for (let o = 0; o < draws.length; o += width) lines.push(Array.from(draws.subarray(o, o + width), String).join(','));
  return `${lines.join('\n')}\n`;
}

function columnList(columns: readonly NumericColumn[]): string {
  return columns.map((column) => column.name).join(',');
}
