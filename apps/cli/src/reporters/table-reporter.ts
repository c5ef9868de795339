import type { SweepReport } from './report.js';
import { sparkline } from './sparkline.js';

const SPARK_WIDTH = 28;

/** The table for people: one row per stock with median, 80% and 90% intervals, P(already), P(never). */
export function tableReporter(report: SweepReport): string {
  const { result, summary } = report;
  const names = Object.keys(result.stocks);
  const sparkEnd = sparklineEnd(report);
  const header = ['stock', 'median', '80% interval', '90% interval', 'already', `never by ${result.horizonYear}`, `${result.startYear} ${'·'.repeat(SPARK_WIDTH - 10)} ${sparkEnd}`];
  const rows = names.map((name, k) => {
    const stock = result.stocks[name];
    const q = stock.quantiles;
    return [
      name,
      year(q.p50),
      `${year(q.p10)}–${year(q.p90)}`,
      `${year(q.p5)}–${year(q.p95)}`,
      percent(stock.pAlready),
      percent(stock.pNever),
      sparkline(summary.stocks[k], result.startYear, result.startYear, sparkEnd, SPARK_WIDTH),
    ];
  });
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const alignRight = [false, true, true, true, true, true, false];
  const format = (cells: string[]) =>
    cells.map((cell, c) => (alignRight[c] ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  ').trimEnd();
  const title = `${result.scenario} · ${result.samples.toLocaleString('en-US')} samples · seed ${result.seed} · exhaustion year of each stock`;
  return [title, '', format(header), ...rows.map(format), ''].join('\n');
}

/** The sparkline spans from startYear to just past the latest 99th percentile (the horizon if never). */
function sparklineEnd(report: SweepReport): number {
  const { result } = report;
  let end = result.startYear + 6;
  for (const stock of Object.values(result.stocks)) {
    const last = stock.cdf.find((point) => point.p >= 0.99);
    end = Math.max(end, last ? last.year + 1 : result.horizonYear);
  }
  return Math.min(end, result.horizonYear);
}

function year(value: number | null): string {
  return value === null ? 'never' : value.toFixed(1);
}

function percent(p: number): string {
  if (p === 0) return '0%';
  if (p < 0.001) return '<0.1%';
  return `${(p * 100).toFixed(1)}%`;
}
