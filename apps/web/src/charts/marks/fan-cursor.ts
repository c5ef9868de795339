import { pointer } from 'd3-selection';
import type { FanData } from '../fan-chart.js';
import { yearLabel, type Group } from '../chart-frame.js';
import { chartKeys } from '../chart-keys.js';
import { isolate } from '../isolate.js';
import { INK } from '../palette.js';
import type { Tooltip } from '../tooltip.js';
import type { FanLayout } from './fan-layout.js';

/** The figure's cursor: pointer or arrow keys pick a year; the tooltip lists every series' values there. */
export function fanCursor(element: SVGSVGElement, root: Group, data: FanData, layout: FanLayout, tooltip: Tooltip): void {
  const { x, top, plotBottom, plotHeight, x0, x1, years, runs, indexOf, series } = layout;
  const rule = root.append('line').attr('y1', plotBottom).attr('y2', top).attr('stroke', INK).attr('stroke-opacity', 0.45).attr('visibility', 'hidden');
  const show = (i: number, clientX: number, clientY: number) => {
    const year = years[i];
    const at = indexOf(year);
    rule.attr('x1', x(year)).attr('x2', x(year)).attr('visibility', 'visible');
    const near = runs.filter((run) => Math.floor(run.year) === year);
    tooltip.show(clientX, clientY, `${year} (tokens)`, [
      ...series.map((s) => ({
        colour: s.colour,
        text: s.shaded
          ? `${s.label}: ${tokens(s.bands.p50[at])} (80% ${tokens(s.bands.p10[at])}–${tokens(s.bands.p90[at])}, 90% ${tokens(s.bands.p5[at])}–${tokens(s.bands.p95[at])})`
          : `${s.label}: ${tokens(s.bands.p50[at])}`,
      })),
      ...near.map((run) => ({ text: `${isolate(run.model)}: ${tokens(run.tokens)}${run.multimodal ? ' (multimodal)' : ''}` })),
      ...data.exhaustion.filter((mark) => mark.p50 !== null && Math.floor(mark.p50) === year).map((mark) => ({ text: `${isolate(mark.name)} exhausted: median ${yearLabel(mark.p50)}` })),
    ]);
  };
  if (years.length === 0) return;
  chartKeys(element, years.length, (i, point) => (i === null ? (rule.attr('visibility', 'hidden'), tooltip.hide()) : show(i, point.x, point.y)), (i) => ({ x: x(years[i]), y: top + plotHeight / 3 }));
  root
    .append('rect')
    .attr('x', x0)
    .attr('y', top)
    .attr('width', x1 - x0)
    .attr('height', plotHeight)
    .attr('fill', 'transparent')
    .on('pointermove', (event: PointerEvent) => {
      const [px] = pointer(event, element);
      const year = Math.round(x.invert(px));
      const i = Math.max(0, Math.min(years.length - 1, years.indexOf(Math.max(years[0], Math.min(years[years.length - 1], year)))));
      show(i, event.clientX, event.clientY);
    })
    .on('pointerleave', () => {
      rule.attr('visibility', 'hidden');
      tooltip.hide();
    });
}

function tokens(value: number | null): string {
  return value === null ? '–' : value.toExponential(2).replace('e+', 'e');
}
