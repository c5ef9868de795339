import type { CdfData } from '../cdf-series.js';
import { yearLabel, type Group } from '../chart-frame.js';
import { isolate } from '../isolate.js';
import { INK, MUTED_INK, seriesColour } from '../palette.js';
import type { CdfLayout } from './cdf-layout.js';

function truncate(text: string, room: number, charWidth: number): string {
  const fit = Math.max(4, Math.floor(room / charWidth));
  return text.length <= fit ? text : `${text.slice(0, fit - 1)}…`;
}

/**
 * The strip above the CDF plot: per stock, its 80% interval as a bar and its median as a dot, labelled on
 * the side of the bar with more room (shortened when it fits on neither).
 */
export function medianStrip(root: Group, data: CdfData, layout: CdfLayout): void {
  const { x, k, row, x0, width, charWidth, style } = layout;
  root.append('text').attr('x', x0).attr('y', 16 * k).attr('font-size', style.small).attr('fill', MUTED_INK).text('Median ● and 80% interval (p10–p90)');
  data.series.forEach((series, s) => {
    const rowY = 26 * k + s * row + row / 2;
    const clampX = (year: number | null) => x(Math.min(year ?? data.axisEndYear, data.axisEndYear));
    if (series.p10 !== null) {
      root.append('line').attr('x1', clampX(series.p10)).attr('x2', clampX(series.p90)).attr('y1', rowY).attr('y2', rowY).attr('stroke', seriesColour(s)).attr('stroke-width', 4 * k).attr('stroke-linecap', 'round');
    }
    if (series.p50 !== null) root.append('circle').attr('cx', clampX(series.p50)).attr('cy', rowY).attr('r', 4.5 * k).attr('fill', seriesColour(s)).attr('stroke', '#fff');
    const full = `${isolate(series.name)}: ${yearLabel(series.p50)} (${yearLabel(series.p10)}–${yearLabel(series.p90)})`;
    const left = series.p10 === null ? x0 : clampX(series.p10) - 8 * k;
    const right = series.p10 === null ? x0 : clampX(series.p90) + 8 * k;
    const onRight = width - right > left;
    const room = onRight ? width - right - 4 : left - 4;
    const label = full.length * charWidth <= room ? full : `${isolate(truncate(series.name, room - 7 * charWidth, charWidth))}: ${yearLabel(series.p50)}`;
    root
      .append('text')
      .attr('x', onRight ? right : left)
      .attr('y', rowY + 4 * k)
      .attr('text-anchor', onRight ? 'start' : 'end')
      .attr('font-size', style.small)
      .attr('fill', INK)
      .text(label);
  });
}
