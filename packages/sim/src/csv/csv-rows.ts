import { csvParseRows } from 'd3-dsv';

/** One record of a CSV file: its cells, trimmed and unquoted, and the line of the file it starts on. */
export interface CsvRow {
  readonly cells: string[];
  readonly line: number;
}

/**
 * The records of a comma-separated file (RFC 4180, by d3-dsv: quoted cells may hold commas, doubled quotes and
 * line breaks), with a byte-order mark dropped, CRLF line ends accepted, cells trimmed and blank lines skipped.
 * Each record keeps the line it starts on, for error messages.
 */
export function csvRows(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let line = 1;
  for (const raw of csvParseRows(text.replace(/^\uFEFF/, ''))) {
    const cells = raw.map((cell) => cell.trim());
    if (cells.some((cell) => cell !== '')) rows.push({ cells, line });
    // A quoted cell's line breaks move the next record down as many lines.
    line += 1 + raw.reduce((breaks, cell) => breaks + (cell.match(/\n/g)?.length ?? 0), 0);
  }
  return rows;
}
