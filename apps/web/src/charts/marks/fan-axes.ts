import { axisBottom, axisLeft } from 'd3-axis';
import type { FanData } from '../fan-chart.js';
import { axisTitle, styleAxis, type Group } from '../chart-frame.js';
import { yearTicks } from '../year-ticks.js';
import type { FanLayout } from './fan-layout.js';

/** The figure's year axis and its log token axis, ticked at whole decades (at most 10, 6 when narrow). */
export function fanAxes(root: Group, data: FanData, layout: FanLayout): void {
  const { x, y, k, x0, narrow, plotBottom, style } = layout;
  const xAxis = root.append('g').attr('transform', `translate(0,${plotBottom})`).call(axisBottom(x).tickValues(yearTicks(data.fromYear, data.toYear, narrow ? 5 : 10)).tickFormat((year) => String(year)).tickSizeOuter(0));
  styleAxis(xAxis, style);
  const decades = y.ticks().filter((t) => Math.abs(Math.log10(t) - Math.round(Math.log10(t))) < 1e-9);
  const step = Math.max(1, Math.ceil(decades.length / (narrow ? 6 : 10)));
  const yAxis = root.append('g').attr('transform', `translate(${x0},0)`).call(axisLeft(y).tickValues(decades.filter((_, i) => i % step === 0)).tickFormat((t) => `1e${Math.round(Math.log10(+t))}`));
  styleAxis(yAxis, style);
  axisTitle(root, 'Tokens (log scale)', 13 * k, layout.top + layout.plotHeight / 2, style, true);
}
