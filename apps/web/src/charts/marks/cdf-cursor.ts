import { pointer } from 'd3-selection';
import { cdfAt, type CdfData } from '../cdf-series.js';
import { percentLabel, yearLabel, type Group } from '../chart-frame.js';
import { chartKeys } from '../chart-keys.js';
import { isolate } from '../isolate.js';
import { INK, seriesColour } from '../palette.js';
import type { Tooltip } from '../tooltip.js';
import { yearTicks } from '../year-ticks.js';
import type { CdfLayout } from './cdf-layout.js';

/**
 * The CDF chart's cursor: pointer or arrow keys put a rule at a year and the exact probabilities in the
 * tooltip; over the never panel, P(never) per stock.
 */
export function cdfCursor(element: SVGSVGElement, root: Group, data: CdfData, layout: CdfLayout, tooltip: Tooltip): void {
  const { x, y, k, x0, x1, top, plotHeight, row, width } = layout;
  const stocks = data.series.length;
  const rule = root.append('line').attr('y1', y(0)).attr('y2', y(1)).attr('stroke', INK).attr('stroke-opacity', 0.35).attr('visibility', 'hidden');
  const showYear = (year: number, clientX: number, clientY: number) => {
    rule.attr('x1', x(year)).attr('x2', x(year)).attr('visibility', 'visible');
    tooltip.show(clientX, clientY, `Exhausted by ${year.toFixed(2)}`, data.series.map((one, s) => ({
      colour: seriesColour(s),
      text: `${isolate(one.name)}: ${percentLabel(cdfAt(one, year))} · median ${yearLabel(one.p50)}, 80% ${yearLabel(one.p10)}–${yearLabel(one.p90)}`,
    })));
  };
  const keyYears = yearTicks(data.startYear, data.axisEndYear, Math.ceil(data.axisEndYear - data.startYear));
  chartKeys(element, keyYears.length, (i, point) => (i === null ? (rule.attr('visibility', 'hidden'), tooltip.hide()) : showYear(keyYears[i], point.x, point.y)), (i) => ({ x: x(keyYears[i]), y: y(0.75) }));
  root
    .append('rect')
    .attr('x', x0)
    .attr('y', top - stocks * row - 10 * k)
    .attr('width', width - x0)
    .attr('height', plotHeight + stocks * row + 10 * k)
    .attr('fill', 'transparent')
    .on('pointermove', (event: PointerEvent) => {
      const [px] = pointer(event, element);
      if (px > x1 + 4) {
        rule.attr('visibility', 'hidden');
        tooltip.show(event.clientX, event.clientY, `Never by ${data.horizonYear}`, data.series.map((one, s) => ({ colour: seriesColour(s), text: `${isolate(one.name)}: ${percentLabel(one.pNever)}` })));
        return;
      }
      const year = Math.max(data.startYear, Math.min(data.axisEndYear, x.invert(px)));
      showYear(year, event.clientX, event.clientY);
    })
    .on('pointerleave', () => {
      rule.attr('visibility', 'hidden');
      tooltip.hide();
    });
}
