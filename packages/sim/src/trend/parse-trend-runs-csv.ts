import { decimalYear } from './decimal-year.js';
import { csvRows } from '../csv/csv-rows.js';
import { inputError } from '../errors/error-catalogue.js';

/** One published training run: when it was announced and how many tokens it trained on. */
export interface TrendRun {
  /** Announcement date as a decimal year (2024-07-01 ≈ 2024.497). */
  readonly year: number;
  /** Training tokens seen in pre-training, repeats included (> 0). */
  readonly tokens: number;
}

/**
 * Parses a runs CSV for `horizon trend`: a header row naming `date` (ISO, YYYY-MM-DD) and `training_tokens`
 * (any order, extra columns ignored), then one run a row. Cells may be quoted (RFC 4180, read by csvRows), so
 * a free-text `source` column with commas or line breaks is fine. Throws `InputError` naming the file, the line and the column.
 */
export function parseTrendRunsCsv(text: string, file: string): TrendRun[] {
  const [headerRow, ...dataRows] = csvRows(text);
  if (headerRow === undefined) throw inputError('csvEmpty', file, 'date,training_tokens');
  const column = (name: string): number => {
    const index = headerRow.cells.indexOf(name);
    if (index < 0) throw inputError('csvMissingColumn', `${file} line ${headerRow.line}`, name, undefined, 'date and training_tokens');
    return index;
  };
  const dateAt = column('date');
  const tokensAt = column('training_tokens');
  const runs: TrendRun[] = [];
  for (const { cells, line } of dataRows) {
    const date = cells[dateAt] ?? '';
    const year = decimalYear(date);
    if (year === null) throw inputError('csvNotDate', `${file} line ${line}, column date`, date);
    const cell = cells[tokensAt] ?? '';
    const tokens = Number(cell);
    if (cell === '' || !Number.isFinite(tokens) || !(tokens > 0)) {
      throw inputError('csvNotTokens', `${file} line ${line}, column training_tokens`, cell);
    }
    runs.push({ year, tokens });
  }
  if (runs.length === 0) throw inputError('csvNoRows', file);
  return runs;
}
