import { csvFormatRows } from 'd3-dsv';
import { QUANTILE_LEVELS, type QuantileKey, type SweepResult } from './sweep-result.js';

/**
 * Tidy CSV (docs/output.md): one row per stock and statistic, `stock,statistic,year,value`.
 * Quantile rows (p5…p95) give the year in `value` (empty when it falls in the never mass); `pAlready`
 * and `pNever` give a probability; `cdf` rows give P(Y ≤ year) for each whole year. Shared by the CLI and
 * the web app's download.
 */
export function formatResultCsv(result: SweepResult): string {
  const rows: Array<Array<string | number>> = [['stock', 'statistic', 'year', 'value']];
  for (const [name, stock] of Object.entries(result.stocks)) {
    const cell = defuseFormula(name);
    for (const key of Object.keys(QUANTILE_LEVELS) as QuantileKey[]) rows.push([cell, key, '', stock.quantiles[key] ?? '']);
    rows.push([cell, 'pAlready', '', stock.pAlready]);
    rows.push([cell, 'pNever', '', stock.pNever]);
    for (const { year, p } of stock.cdf) rows.push([cell, 'cdf', year, p]);
  }
  return csvFormatRows(rows as unknown as string[][]) + '\n';
}

/** A leading quote mark for text a spreadsheet would run as a formula (=, +, -, @, tab, CR). */
export function defuseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One CSV cell: RFC 4180 quoting by d3-dsv, after `defuseFormula`. */
export function csvCell(text: string): string {
  return csvFormatRows([[defuseFormula(text)]]);
}
