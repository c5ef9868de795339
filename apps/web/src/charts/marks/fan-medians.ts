import { line } from 'd3-shape';
import type { Group } from '../chart-frame.js';
import type { FanLayout } from './fan-layout.js';

/** Every series' exact per-year median as a line: thick for demand and supply, thin and dashed per demand model. */
export function fanMedians(plot: Group, layout: FanLayout): void {
  const { x, y, years, indexOf } = layout;
  const median = line<{ year: number; value: number }>().x((d) => x(d.year)).y((d) => y(d.value));
  layout.series.forEach((s, index) => {
    const values = years.map((year) => ({ year, value: s.bands.p50[indexOf(year)] })).filter((d) => d.value !== null && d.value > 0) as Array<{ year: number; value: number }>;
    plot.append('path').attr('d', median(values)).attr('fill', 'none').attr('stroke', s.colour).attr('stroke-width', s.shaded ? 2 : 1.3).attr('stroke-dasharray', s.dash || null).attr('data-median', String(index));
  });
}
