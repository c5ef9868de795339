import { InputError, quoteExcerpt } from '../scenario/input-error.js';

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
 * Reads a comma-separated table with a header row: finds the named columns (extra columns are ignored, blank
 * lines skipped, a byte-order mark and CRLF line ends accepted, cells trimmed and unquoted) and checks every
 * value. Throws `InputError` with one line naming the file, the line and the column. No quoted commas: these
 * files hold numbers.
 */
export function parseNumericCsv(text: string, file: string, columns: readonly NumericColumn[]): NumericTable {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const headerLine = lines.findIndex((line) => line.trim() !== '');
  if (headerLine < 0) throw new InputError(file, `is empty; expected a header row with columns ${columnList(columns)}`);
  const header = splitCells(lines[headerLine]);
  const indices = columns.map((column) => {
    const matches = header.filter((name) => name === column.name).length;
    if (matches > 1) throw new InputError(`${file} line ${headerLine + 1}`, `column ${quoteExcerpt(column.name)} appears ${matches} times`);
    const index = header.indexOf(column.name);
    if (index < 0) {
      const hint = header.find((name) => name.toLowerCase() === column.name.toLowerCase());
      throw new InputError(`${file} line ${headerLine + 1}`, `missing column "${column.name}"${hint ? ` (found ${quoteExcerpt(hint)}: names are case-sensitive)` : ''}; the header must name ${columnList(columns)}`);
    }
    return index;
  });

  const rows: number[][] = [];
  const lineNumbers: number[] = [];
  for (let k = headerLine + 1; k < lines.length; k++) {
    if (lines[k].trim() === '') continue;
    const cells = splitCells(lines[k]);
    const row = columns.map((column, c) => {
      const where = `${file} line ${k + 1}, column ${column.name}`;
      const cell = cells[indices[c]];
      if (cell === undefined || cell === '') throw new InputError(where, `is empty; expected ${column.rule}`);
      const value = Number(cell);
      if (!Number.isFinite(value)) throw new InputError(where, `${quoteExcerpt(cell)} is not a number; expected ${column.rule}`);
      if (!column.valid(value)) throw new InputError(where, `${cell.length <= 40 ? cell : quoteExcerpt(cell)} is out of range; expected ${column.rule}`);
      return value;
    });
    rows.push(row);
    lineNumbers.push(k + 1);
  }
  if (rows.length === 0) throw new InputError(file, 'has a header but no data rows');
  return { rows, lines: lineNumbers };
}

function splitCells(line: string): string[] {
  return line.split(',').map((cell) => cell.trim().replace(/^"(.*)"$/, '$1').trim());
}

function columnList(columns: readonly NumericColumn[]): string {
  return columns.map((column) => column.name).join(',');
}
