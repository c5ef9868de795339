import { axisEndYear } from '@horizon/sim/internal';
import type { SweepReport } from './report.js';
import { sparkline } from './sparkline.js';
import { percent, year } from './table-cells.js';

const SPARK_WIDTH = 28;

/** The table for people: one row per stock with median, 80% and 90% intervals, P(already), P(never). */
export function tableReporter(report: SweepReport): string {
  const { result, summary } = report;
  const names = Object.keys(result.stocks);
  // The web's CDF chart ends at the same year.
  const sparkEnd = axisEndYear(summary);
  const header = ['stock', 'median', '80% interval', '90% interval', 'already', `never by ${result.horizonYear}`, `${result.startYear} ${'·'.repeat(SPARK_WIDTH - 10)} ${sparkEnd}`];
  if (result.sensitivity) header.push('main driver');
  const rows = names.map((name, k) => {
    const stock = result.stocks[name];
    const q = stock.quantiles;
    const top = result.sensitivity?.[name]?.[0];
    const driver = top ? [`${top.input} (${(top.index * 100).toFixed(0)}%)`] : [];
    return [
      name,
      year(q.p50),
      `${year(q.p10)}–${year(q.p90)}`,
      `${year(q.p5)}–${year(q.p95)}`,
      percent(stock.pAlready),
      percent(stock.pNever),
      sparkline(summary.stocks[k], result.startYear, result.startYear, sparkEnd, SPARK_WIDTH),
      ...driver,
    ];
  });
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const alignRight = [false, true, true, true, true, true, false, false];
  const format = (cells: string[]) =>
    cells.map((cell, c) => (alignRight[c] ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  ').trimEnd();
  const drivers = result.sensitivity ? ['', ...explainLines(result.sensitivity)] : [];
  const title = `${result.scenario} · ${result.samples.toLocaleString('en-US')} samples · seed ${result.seed} · exhaustion year of each stock`;
  return [title, '', format(header), ...rows.map(format), ...drivers, ''].join('\n');
}

/**
 * With --explain: per stock, the inputs ranked by total effect on "exhausted by T" (first-order and total
 * with their standard errors), then the year's own first-order share and the year at each end of the input.
 */
function explainLines(sensitivity: NonNullable<SweepReport['result']['sensitivity']>): string[] {
  const lines = ['What drives exhaustion (Sobol\' indices of "exhausted by T": first order, total ± standard error; then the year\'s first-order share, never = horizon; mean year when the input is in its lowest → highest eighth):'];
  const pct = (x: number | undefined): string => `${((x ?? 0) * 100).toFixed(1).padStart(5)}%`;
  for (const [stock, inputs] of Object.entries(sensitivity)) {
    lines.push(`  ${stock}${inputs[0]?.byYear === undefined ? '' : `, T = ${inputs[0].byYear}`}`);
    const shown = inputs.filter((row) => row.index >= 0.005 || (row.total ?? 0) >= 0.005);
    const width = Math.max(...shown.map((row) => row.input.length), 5);
    for (const row of shown) {
      const bar = '█'.repeat(Math.round(Math.min(1, row.total ?? row.index) * 20)).padEnd(20);
      const years = row.yearIfLow === null ? '' : `${row.yearIfLow.toFixed(1)} → ${row.yearIfHigh?.toFixed(1)}`;
      const event = row.total === undefined ? '' : `${pct(row.firstOrder)} ${pct(row.total)} ±${((row.totalError ?? 0) * 100).toFixed(1)}  `;
      lines.push(`    ${row.input.padEnd(width)}  ${event}${bar}  ${pct(row.index)}  ${years}`);
    }
    const rest = inputs.length - shown.length;
    if (rest > 0) lines.push(`    (${rest} more input${rest === 1 ? '' : 's'} below 0.5%, fixed ones included)`);
  }
  return lines;
}
