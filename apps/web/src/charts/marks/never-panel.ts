import type { CdfData } from '../cdf-series.js';
import { percentLabel, type Group } from '../chart-frame.js';
import { INK, MUTED_INK, seriesColour } from '../palette.js';
import type { CdfLayout } from './cdf-layout.js';

/**
 * P(never by the horizon), right of the CDF plot: each curve's remaining mass drawn from its value at the
 * horizon up to 100%, so it is seen, not hidden; its percentage in ink beside a colour key; and "⋯" where the
 * year axis stops short of the horizon.
 */
export function neverPanel(root: Group, data: CdfData, layout: CdfLayout): void {
  const { y, k, x1, neverWidth, style } = layout;
  const stocks = data.series.length;
  const neverX0 = x1 + 24 * k;
  const neverGroup = root.append('g');
  neverGroup.append('line').attr('x1', neverX0).attr('x2', neverX0 + neverWidth).attr('y1', y(0)).attr('y2', y(0)).attr('stroke', INK);
  const barStep = Math.min(14 * k, neverWidth / Math.max(1, stocks));
  data.series.forEach((series, s) => {
    const bx = neverX0 + 6 * k + s * barStep;
    neverGroup.append('line').attr('x1', bx).attr('x2', bx).attr('y1', y(1 - series.pNever)).attr('y2', y(1)).attr('stroke', seriesColour(s)).attr('stroke-width', Math.max(2, barStep - 5 * k));
  });
  const neverText = data.series.map((s) => percentLabel(s.pNever));
  neverGroup.append('text').attr('x', neverX0 + neverWidth / 2).attr('y', y(0) + 16 * k).attr('text-anchor', 'middle').attr('font-size', style.small).attr('fill', INK).text('never');
  neverGroup.append('text').attr('x', neverX0 + neverWidth / 2).attr('y', y(0) + 29 * k).attr('text-anchor', 'middle').attr('font-size', style.small).attr('fill', INK).text(`by ${data.horizonYear}`);
  // Ink text beside a colour key: series colours are too light for text (Okabe–Ito orange is 2.9:1 on white).
  neverText.forEach((text, s) => {
    const ty = y(0) - 6 * k - (stocks - 1 - s) * 13 * k;
    neverGroup.append('rect').attr('x', neverX0 + neverWidth - 44 * k).attr('y', ty - 7 * k).attr('width', 6 * k).attr('height', 6 * k).attr('fill', seriesColour(s));
    neverGroup.append('text').attr('x', neverX0 + neverWidth).attr('y', ty).attr('text-anchor', 'end').attr('font-size', style.small).attr('fill', INK).text(text);
  });
  if (data.axisEndYear < data.horizonYear) {
    root.append('text').attr('x', x1 + 7 * k).attr('y', y(0) + 4 * k).attr('text-anchor', 'middle').attr('fill', MUTED_INK).text('⋯');
  }
}
