import { QUANTILE_LEVELS, type QuantileKey, type SweepResult } from '../summary/sweep-result.js';

/**
 * Tidy CSV (docs/output.md): one row per stock and statistic, `stock,statistic,year,value`.
 * Quantile rows (p5…p95) give the year in `value` (empty when it falls in the never mass); `pAlready`
 * and `pNever` give a probability; `cdf` rows give P(Y ≤ year) for each whole year. Shared by the CLI and
 * the web app's download.
 */
export function formatResultCsv(result: SweepResult): string {
  const lines = ['stock,statistic,year,value'];
  for (const [name, stock] of Object.entries(result.stocks)) {
    const cell = csvCell(name);
    for (const key of Object.keys(QUANTILE_LEVELS) as QuantileKey[]) {
      lines.push(`${cell},${key},,${stock.quantiles[key] ?? ''}`);
    }
    lines.push(`${cell},pAlready,,${stock.pAlready}`);
    lines.push(`${cell},pNever,,${stock.pNever}`);
    for (const { year, p } of stock.cdf) lines.push(`${cell},cdf,${year},${p}`);
  }
  return lines.join('\n') + '\n';
}

/** RFC 4180 quoting, and a leading quote mark for cells a spreadsheet would run as a formula. */
export function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
