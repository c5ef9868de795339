import { QUANTILE_LEVELS, type QuantileKey, type SweepResult } from '@horizon/sim';
import { csvCell, inputError } from '@horizon/sim/internal';
import { FORMATS, type Format } from './report.js';
import { percent, year } from './table-cells.js';

/** The JSON of `horizon compare`: each scenario's sweep result, all with the same samples and seed. */
export interface CompareResult {
  samples: number;
  seed: number;
  scenarios: SweepResult[];
}

export type CompareReporter = (result: CompareResult) => string;

/** Picked once: the flag if given, else a table on a terminal and JSON in a pipe. */
export function createCompareReporter(format: string | undefined, stdoutIsTTY: boolean): CompareReporter {
  const chosen = format ?? (stdoutIsTTY ? 'table' : 'json');
  if (!FORMATS.includes(chosen as Format)) throw inputError('notAChoice', '--format', FORMATS, JSON.stringify(chosen));
  switch (chosen as Format) {
    case 'table':
      return compareTable;
    case 'json':
      return (result) => JSON.stringify(result, null, 2) + '\n';
    case 'csv':
      return compareCsv;
  }
}

/** Median of `stock` in scenario `k` minus its median in the first scenario (null when either is never or absent). */
function medianDifference(result: CompareResult, k: number, stock: string): number | null {
  const baseline = result.scenarios[0].stocks[stock]?.quantiles.p50 ?? null;
  const median = result.scenarios[k].stocks[stock].quantiles.p50;
  return baseline === null || median === null ? null : Math.round((median - baseline) * 100) / 100;
}

/** One row per scenario and stock: median, its difference from the first scenario, 80% and 90% intervals, P(never). */
function compareTable(result: CompareResult): string {
  const horizonYears = [...new Set(result.scenarios.map((r) => r.horizonYear))];
  const header = ['scenario', 'stock', 'median', `Δ vs ${result.scenarios[0].scenario}`, '80% interval', '90% interval', `never by ${horizonYears.length === 1 ? horizonYears[0] : 'horizon'}`];
  const rows = result.scenarios.flatMap((scenario, k) =>
    Object.entries(scenario.stocks).map(([name, stock]) => {
      const q = stock.quantiles;
      const delta = k === 0 ? '' : signed(medianDifference(result, k, name));
      return [scenario.scenario, name, year(q.p50), delta, `${year(q.p10)}–${year(q.p90)}`, `${year(q.p5)}–${year(q.p95)}`, percent(stock.pNever)];
    }),
  );
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const format = (cells: string[]) => cells.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ').trimEnd();
  const title = `${result.scenarios.length} scenarios · ${result.samples.toLocaleString('en-US')} samples each · seed ${result.seed} · exhaustion year of each stock`;
  return [title, '', format(header), ...rows.map(format), ''].join('\n');
}

/** Tidy CSV: `scenario,stock,statistic,year,value`, the sweep's statistics plus `medianDifference` from the first scenario. */
function compareCsv(result: CompareResult): string {
  const lines = ['scenario,stock,statistic,year,value'];
  result.scenarios.forEach((scenario, k) => {
    for (const [name, stock] of Object.entries(scenario.stocks)) {
      const cell = `${csvCell(scenario.scenario)},${csvCell(name)}`;
      for (const key of Object.keys(QUANTILE_LEVELS) as QuantileKey[]) lines.push(`${cell},${key},,${stock.quantiles[key] ?? ''}`);
      lines.push(`${cell},medianDifference,,${medianDifference(result, k, name) ?? ''}`);
      lines.push(`${cell},pAlready,,${stock.pAlready}`);
      lines.push(`${cell},pNever,,${stock.pNever}`);
      for (const { year: y, p } of stock.cdf) lines.push(`${cell},cdf,${y},${p}`);
    }
  });
  return lines.join('\n') + '\n';
}

function signed(value: number | null): string {
  if (value === null) return '—';
  return `${value > 0 ? '+' : value < 0 ? '−' : '±'}${Math.abs(value).toFixed(2)}`;
}
