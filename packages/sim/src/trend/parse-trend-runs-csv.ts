import { InputError } from '../scenario/input-error.js';
import { decimalYear } from './decimal-year.js';

/** One published training run: when it was announced and how many tokens it trained on. */
export interface TrendRun {
  /** Announcement date as a decimal year (2024-07-01 ≈ 2024.497). */
  readonly year: number;
  /** Training tokens seen in pre-training, repeats included (> 0). */
  readonly tokens: number;
}

/**
 * Parses a runs CSV for `horizon trend`: a header row naming `date` (ISO, YYYY-MM-DD) and `training_tokens`
 * (any order, extra columns ignored), then one run a row. Cells may be quoted (RFC 4180), so a free-text
 * `source` column with commas is fine. Throws `InputError` naming the file, the line and the column.
 */
export function parseTrendRunsCsv(text: string, file: string): TrendRun[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const headerLine = lines.findIndex((line) => line.trim() !== '');
  if (headerLine < 0) throw new InputError(file, 'is empty; expected a header row with columns date,training_tokens');
  const header = splitCsvLine(lines[headerLine]);
  const column = (name: string): number => {
    const index = header.indexOf(name);
    if (index < 0) throw new InputError(`${file} line ${headerLine + 1}`, `missing column "${name}"; the header must name date and training_tokens`);
    return index;
  };
  const dateAt = column('date');
  const tokensAt = column('training_tokens');
  const runs: TrendRun[] = [];
  for (let k = headerLine + 1; k < lines.length; k++) {
    if (lines[k].trim() === '') continue;
    const cells = splitCsvLine(lines[k]);
    const date = cells[dateAt] ?? '';
    const year = decimalYear(date);
    if (year === null) throw new InputError(`${file} line ${k + 1}, column date`, `${JSON.stringify(date)} is not an ISO date (YYYY-MM-DD)`);
    const cell = cells[tokensAt] ?? '';
    const tokens = Number(cell);
    if (cell === '' || !Number.isFinite(tokens) || !(tokens > 0)) {
      throw new InputError(`${file} line ${k + 1}, column training_tokens`, `${JSON.stringify(cell)} is not a positive number of tokens`);
    }
    runs.push({ year, tokens });
  }
  if (runs.length === 0) throw new InputError(file, 'has a header but no data rows');
  return runs;
}

/** Cells of one CSV line; double-quoted cells may hold commas and doubled quotes (RFC 4180, no line breaks). */
export function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (cells.push(cell.trim()), (cell = ''));
    else cell += c;
  }
  cells.push(cell.trim());
  return cells;
}
