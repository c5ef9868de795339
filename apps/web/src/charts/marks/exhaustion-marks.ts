import type { FanData } from '../fan-chart.js';
import { axisTitle, type Group } from '../chart-frame.js';
import { MUTED_INK, seriesColour } from '../palette.js';
import type { FanLayout } from './fan-layout.js';

/**
 * Each stock's exhaustion year on the time axis: a dashed rule and a pointer at its median, and below the
 * axis a row per stock with its 80% interval and median; then the axis title under the rows.
 */
export function exhaustionMarks(root: Group, data: FanData, layout: FanLayout): void {
  const { x, k, top, plotBottom, stripRow, x0, x1, style } = layout;
  const stripTop = plotBottom + 30 * k;
  data.exhaustion.forEach((mark, s) => {
    const colour = seriesColour(s);
    const inRange = (year: number | null) => year !== null && year >= data.fromYear && year <= data.toYear;
    if (inRange(mark.p50)) {
      root.append('line').attr('x1', x(mark.p50 as number)).attr('x2', x(mark.p50 as number)).attr('y1', top).attr('y2', plotBottom).attr('stroke', colour).attr('stroke-dasharray', '2 3').attr('stroke-width', 1).attr('data-exhaustion-median', mark.name);
      root.append('path').attr('d', `M${x(mark.p50 as number)},${plotBottom} l${-4 * k},${-7 * k} h${8 * k} z`).attr('fill', colour);
    }
    const rowY = stripTop + s * stripRow;
    const clamp = (year: number | null) => x(Math.max(data.fromYear, Math.min(year ?? data.toYear, data.toYear)));
    if (mark.p10 !== null && (mark.p90 ?? Infinity) >= data.fromYear && mark.p10 <= data.toYear) {
      root.append('line').attr('x1', clamp(mark.p10)).attr('x2', clamp(mark.p90)).attr('y1', rowY).attr('y2', rowY).attr('stroke', colour).attr('stroke-width', 3 * k).attr('stroke-linecap', 'round');
    }
    if (inRange(mark.p50)) root.append('circle').attr('cx', x(mark.p50 as number)).attr('cy', rowY).attr('r', 3.5 * k).attr('fill', colour).attr('stroke', '#ffffff');
  });
  const stocks = Object.keys(data.trajectories.supply).length;
  root.append('text').attr('x', 2 * k).attr('y', stripTop + 4 * k).attr('font-size', style.small).attr('fill', MUTED_INK).text('exhausted');
  axisTitle(root, 'Year', (x0 + x1) / 2, stripTop + stocks * stripRow + 10 * k, style);
}
