import { percentLabel, yearLabel } from '../charts/chart-frame.js';
import { table } from '../answer/data-tables.js';
import type { WhatIfData } from './what-if-series.js';

/** The what-if chart's numbers: a row per point and stock with the median, the 50/80/90% intervals and P(exhausted by the year). */
export function whatIfTable(data: WhatIfData): HTMLTableElement {
  const interval = (low: number | null, high: number | null) => `${yearLabel(low)} – ${yearLabel(high)}`;
  const rows = data.series.flatMap((series) =>
    series.points.map((point) => [
      `${series.name} at ${+point.at.toPrecision(6)}`,
      yearLabel(point.p50),
      interval(point.p25, point.p75),
      interval(point.p10, point.p90),
      interval(point.p5, point.p95),
      percentLabel(point.pBy),
    ]),
  );
  return table(`Exhaustion year against ${data.axisLabel}`, ['Stock at value', 'Median', '50% interval', '80% interval', '90% interval', `P(by ${data.byYear})`], rows);
}
