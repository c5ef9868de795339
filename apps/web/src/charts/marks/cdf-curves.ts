import { line } from 'd3-shape';
import type { CdfData } from '../cdf-series.js';
import type { Group } from '../chart-frame.js';
import { seriesColour, seriesDash } from '../palette.js';
import type { CdfLayout } from './cdf-layout.js';

/**
 * Each stock's CDF, clipped to the axis (beyond axisEndYear it is flat up to the horizon), with a dotted drop
 * line and a dot at its median.
 */
export function cdfCurves(root: Group, data: CdfData, layout: CdfLayout): void {
  const { x, y, k } = layout;
  const curve = line<readonly [number, number]>()
    .x((d) => x(d[0]))
    .y((d) => y(d[1]));
  data.series.forEach((series, s) => {
    const visible = series.points.filter((point) => point[0] <= data.axisEndYear);
    root.append('path').attr('d', curve(visible)).attr('fill', 'none').attr('stroke', seriesColour(s)).attr('stroke-width', 2).attr('stroke-dasharray', seriesDash(s) || null);
    if (series.p50 !== null && series.p50 <= data.axisEndYear) {
      root.append('line').attr('x1', x(series.p50)).attr('x2', x(series.p50)).attr('y1', y(0.5)).attr('y2', y(0)).attr('stroke', seriesColour(s)).attr('stroke-opacity', 0.5).attr('stroke-dasharray', '2 3');
      root.append('circle').attr('cx', x(series.p50)).attr('cy', y(0.5)).attr('r', 4 * k).attr('fill', seriesColour(s)).attr('stroke', '#fff');
    }
  });
}
