import { axisBottom, axisLeft } from 'd3-axis';
import type { CdfData } from '../cdf-series.js';
import { axisTitle, gridLines, styleAxis, type Group } from '../chart-frame.js';
import { yearTicks } from '../year-ticks.js';
import type { CdfLayout } from './cdf-layout.js';

/** The CDF chart's frame: grid lines at 10, 50, 90 and 100%, the year and probability axes and their titles. */
export function cdfAxes(root: Group, data: CdfData, layout: CdfLayout): void {
  const { x, y, x0, x1, k, top, plotHeight, style } = layout;
  gridLines(root, [0.1, 0.5, 0.9, 1].map(y), x0, x1);
  const xAxis = root.append('g').attr('transform', `translate(0,${top + plotHeight})`).call(axisBottom(x).tickValues(yearTicks(data.startYear, data.axisEndYear, layout.narrow ? 5 : 10)).tickFormat((year) => String(year)));
  styleAxis(xAxis, style);
  const yAxis = root.append('g').attr('transform', `translate(${x0},0)`).call(axisLeft(y).tickValues([0, 0.1, 0.25, 0.5, 0.75, 0.9, 1]).tickFormat((p) => `${Math.round(+p * 100)}%`));
  styleAxis(yAxis, style);
  axisTitle(root, 'Year the stock is exhausted (calendar year)', (x0 + x1) / 2, layout.height - 8 * k, style);
  axisTitle(root, 'P(exhausted by year)', 14 * k, top + plotHeight / 2, style, true);
}
