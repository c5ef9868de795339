import type { PerSampleTable } from './per-sample-table.js';

/**
 * Samples [firstSample, firstSample + count) of `table` column by column, for a columnar file such as Arrow:
 * column c occupies [c · count, (c + 1) · count) of `out` (a new array when not given, else at least
 * columns × count long), with the values `table.row` gives (the sample index, the inputs as drawn, each
 * stock's year, +Infinity for never).
 */
export function perSampleColumns(table: PerSampleTable, firstSample: number, count: number, out?: Float64Array): Float64Array {
  const width = table.columns.length;
  const columns = out ?? new Float64Array(width * count);
  if (columns.length < width * count) throw new RangeError(`perSampleColumns needs room for ${width * count} values, got ${columns.length}`);
  const values = new Float64Array(width);
  for (let i = 0; i < count; i++) {
    table.row(firstSample + i, values);
    for (let c = 0; c < width; c++) columns[c * count + i] = values[c];
  }
  return columns;
}
