import { csvCell } from './result-csv.js';
import type { PerSampleTable } from './per-sample-table.js';

/** The header line of `--per-sample FILE.csv`: the table's column names, quoted where CSV needs it. */
export function perSampleCsvHeader(table: PerSampleTable): string {
  return table.columns.map(csvCell).join(',') + '\n';
}

/** The longest text of a double in JavaScript, "-2.2250738585072014e-308", and its comma. */
const MAX_CELL_BYTES = 25;
const COMMA = 0x2c;
const NEWLINE = 0x0a;

/** The most bytes `count` rows of `table` can take in CSV: the room writePerSampleCsv needs. */
export function perSampleCsvMaxBytes(table: PerSampleTable, count: number): number {
  return count * table.columns.length * MAX_CELL_BYTES;
}

/**
 * Writes the CSV lines of samples [firstSample, firstSample + count) of `table` (docs/output.md) as ASCII
 * into `out` (at least perSampleCsvMaxBytes long) and returns how many bytes it wrote: each value as
 * JavaScript's shortest round-trip decimal (String(value), so a reader gets the drawn double back exactly),
 * and an empty cell for a stock never exhausted by the horizon year. Formatting numbers is most of the cost
 * of a row, so the text of a column's previous value is reused when the value repeats (fixed inputs repeat
 * in every row), and the bytes go straight into `out` rather than through joined strings.
 */
export function writePerSampleCsv(table: PerSampleTable, firstSample: number, count: number, out: Uint8Array): number {
  if (out.length < perSampleCsvMaxBytes(table, count)) throw new RangeError(`writePerSampleCsv needs ${perSampleCsvMaxBytes(table, count)} bytes of room, got ${out.length}`);
  const width = table.columns.length;
  const yearsFrom = 1 + table.inputCount;
  const values = new Float64Array(width);
  const lastValue = new Float64Array(width).fill(NaN);
  const lastText = new Array<string>(width).fill('');
  let at = 0;
  for (let i = 0; i < count; i++) {
    table.row(firstSample + i, values);
    for (let k = 0; k < width; k++) {
      if (k > 0) out[at++] = COMMA;
      const value = values[k];
      if (value !== lastValue[k]) {
        lastValue[k] = value;
        lastText[k] = k >= yearsFrom && value === Infinity ? '' : String(value);
      }
      const text = lastText[k];
      for (let c = 0; c < text.length; c++) out[at++] = text.charCodeAt(c);
    }
    out[at++] = NEWLINE;
  }
  return at;
}

/** The CSV lines of samples [firstSample, firstSample + count) of `table` as bytes: writePerSampleCsv into a buffer of its own. */
export function perSampleCsvBytes(table: PerSampleTable, firstSample: number, count: number): Uint8Array {
  const out = new Uint8Array(perSampleCsvMaxBytes(table, count));
  return out.slice(0, writePerSampleCsv(table, firstSample, count, out));
}
