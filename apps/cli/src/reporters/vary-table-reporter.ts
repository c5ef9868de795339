import { type VaryResult } from '@horizon/sim';
import { formatNumber } from '@horizon/sim/internal';
import { percent, year } from './table-cells.js';

const BARS = '▁▂▃▄▅▆▇█';

/**
 * The what-if table for people: one row per point and stock (the axis values, median, 80% and 90% intervals,
 * P(never)), then per stock a sparkline of the median across the last axis (one per value of the first axis
 * on a grid), lowest median ▁, highest █, never ·.
 */
export function varyTableReporter(result: VaryResult): string {
  const axes = result.vary;
  const stocks = Object.keys(result.points[0]?.stocks ?? {});
  const header = [...axes.map((axis) => `${axis.path}${axis.op === 'scale' ? ' ×' : ''}`), 'stock', 'median', '80% interval', '90% interval', `never by ${result.horizonYear}`];
  const rows = result.points.flatMap((point) =>
    stocks.map((name) => {
      const { quantiles: q, pNever } = point.stocks[name];
      return [...point.at.map(axisValue), name, year(q.p50), `${year(q.p10)}–${year(q.p90)}`, `${year(q.p5)}–${year(q.p95)}`, percent(pNever)];
    }),
  );
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const left = axes.length;
  const format = (cells: string[]) => cells.map((cell, c) => (c === left ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ').trimEnd();
  const last = axes[axes.length - 1];
  const title = `${result.scenario} · ${result.points.length.toLocaleString('en-US')} points × ${result.samples.toLocaleString('en-US')} samples · seed ${result.seed} · exhaustion year as ${axes.map((a) => a.path).join(' and ')} ${axes.length === 1 ? 'varies' : 'vary'}`;
  return [title, '', format(header), ...rows.map(format), '', `median across ${last.path}:`, ...sparklines(result, stocks), ''].join('\n');
}

/** Per stock (and per value of the first axis on a grid), the median along the last axis as a sparkline. */
function sparklines(result: VaryResult, stocks: string[]): string[] {
  const lastCount = result.vary[result.vary.length - 1].values.length;
  const lines: string[] = [];
  const labels: string[] = [];
  const groups: Array<Array<number | null>> = [];
  for (let start = 0; start < result.points.length; start += lastCount) {
    const points = result.points.slice(start, start + lastCount);
    const prefix = result.vary.length === 2 ? `${result.vary[0].path} = ${axisValue(points[0].at[0])}, ` : '';
    for (const name of stocks) {
      labels.push(`${prefix}${name}`);
      groups.push(points.map((point) => point.stocks[name].quantiles.p50));
    }
  }
  const width = Math.max(...labels.map((label) => label.length));
  groups.forEach((medians, k) => {
    const finite = medians.filter((m): m is number => m !== null);
    const low = Math.min(...finite);
    const high = Math.max(...finite);
    const bars = medians.map((m) => (m === null ? '·' : BARS[high > low ? Math.min(BARS.length - 1, Math.floor(((m - low) / (high - low)) * BARS.length)) : 0])).join('');
    lines.push(`  ${labels[k].padEnd(width)}  ${bars}  ${year(medians[0])} → ${year(medians[medians.length - 1])}`);
  });
  return lines;
}

/** An axis value to 4 significant digits (the JSON and CSV keep it whole). */
function axisValue(value: number): string {
  return formatNumber(Number(value.toPrecision(4)));
}
