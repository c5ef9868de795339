import { parseNumericCsv, type NumericColumn } from '../csv/numeric-csv.js';

/** One training run: model size, data and the final loss it reached. */
export interface TrainingRun {
  /** Number of model parameters N (> 0). */
  readonly params: number;
  /** Number of training tokens D (> 0). */
  readonly tokens: number;
  /** Final training loss L in nats per token (> 0). */
  readonly loss: number;
}

const positive = (value: number): boolean => value > 0;
const RUN_COLUMNS: readonly NumericColumn[] = [
  { name: 'params', valid: positive, rule: 'a positive number of parameters' },
  { name: 'tokens', valid: positive, rule: 'a positive number of tokens' },
  { name: 'loss', valid: positive, rule: 'a positive loss' },
];

/**
 * Parses a runs CSV (docs/fit.md): a header row naming `params`, `tokens` and `loss` (any order, extra columns
 * ignored), then one run a row. `file` names the file in error messages. Throws `InputError` on a missing
 * column, an empty, non-numeric or non-positive value, or no rows.
 */
export function parseRunsCsv(text: string, file: string): TrainingRun[] {
  return parseNumericCsv(text, file, RUN_COLUMNS).rows.map(([params, tokens, loss]) => ({ params, tokens, loss }));
}
