import { line } from 'd3-shape';
import type { ScaleContinuousNumeric } from 'd3-scale';
import type { Selection } from 'd3-selection';
import type { TrajectoriesResult } from '@horizon/sim/internal';
import type { CdfData } from '../charts/cdf-series.js';

type Group = Selection<SVGGElement, unknown, null, undefined>;
type Scale = ScaleContinuousNumeric<number, number>;

/** The pinned baseline's ink: a mid grey (4.5:1 on white) in a long dash, under the current answer's colours. */
export const GHOST_COLOUR = '#767676';
const GHOST_DASH = '7 4';

/** The baseline's CDF curves, one per stock, drawn first so the current answer lies on top. */
export function drawCdfGhost(root: Group, ghost: CdfData, x: Scale, y: Scale, endYear: number): void {
  const curve = line<readonly [number, number]>().x((d) => x(d[0])).y((d) => y(d[1]));
  for (const series of ghost.series) {
    const visible = series.points.filter((point) => point[0] <= endYear);
    root.append('path').attr('d', curve(visible)).attr('fill', 'none').attr('stroke', GHOST_COLOUR).attr('stroke-width', 1.5).attr('stroke-dasharray', GHOST_DASH).attr('data-ghost', series.name);
  }
}

/** The baseline's per-year medians of demand and of each stock's supply, within the years shown. */
export function drawFanGhost(plot: Group, ghost: TrajectoriesResult, fromYear: number, toYear: number, x: Scale, y: Scale): void {
  const median = line<{ year: number; value: number }>().x((d) => x(d.year)).y((d) => y(d.value));
  const series = [['demand', ghost.demand.p50], ...Object.entries(ghost.supply).map(([name, bands]) => [name, bands.p50] as const)] as const;
  for (const [name, p50] of series) {
    const values = ghost.years
      .map((year, i) => ({ year, value: p50[i] }))
      .filter((d): d is { year: number; value: number } => d.year >= fromYear && d.year <= toYear && d.value !== null && d.value > 0);
    plot.append('path').attr('d', median(values)).attr('fill', 'none').attr('stroke', GHOST_COLOUR).attr('stroke-width', 1.5).attr('stroke-dasharray', GHOST_DASH).attr('data-ghost', name);
  }
}

/** A one-line key for the ghost, in ink beside a grey dash sample. */
export function ghostKey(root: Group, x: number, y: number, label: string, fontSize: number): void {
  root.append('line').attr('x1', x).attr('x2', x + 22).attr('y1', y - 4).attr('y2', y - 4).attr('stroke', GHOST_COLOUR).attr('stroke-width', 1.5).attr('stroke-dasharray', GHOST_DASH);
  root.append('text').attr('x', x + 28).attr('y', y).attr('font-size', fontSize).attr('fill', '#1a1a1a').text(`baseline: ${label}`);
}
