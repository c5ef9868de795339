import { axisBottom } from 'd3-axis';
import { scaleLinear } from 'd3-scale';
import { pointer } from 'd3-selection';
import type { InputSensitivity } from '@horizon/sim';
import type { Tooltip } from './tooltip.js';
import { axisTitle, percentLabel, resetSvg, styleAxis, yearLabel, type Group } from './chart-frame.js';
import { INK, MUTED_INK } from './palette.js';
import { inputLabel } from './input-label.js';

export interface TornadoData {
  readonly stock: string;
  /** Ranked by index, largest first. */
  readonly rows: readonly InputSensitivity[];
  /** The stock's median exhaustion year, the bars' common baseline. */
  readonly medianYear: number | null;
  /** Every stock's name, to put input paths in words. */
  readonly stockNames: readonly string[];
}

/** Bars drawn: the inputs that matter; the rest are listed in the JSON. */
export const TORNADO_ROWS = 8;
const ROW = 38;
/** Okabe–Ito blue and vermillion: the input at its low and high end. */
const LOW_COLOUR = '#0072B2';
const HIGH_COLOUR = '#D55E00';

/**
 * A tornado chart for one stock: for each input, ranked by its first-order sensitivity index, a bar from the
 * mean exhaustion year when the input is in its lowest eighth to that when it is in its highest eighth.
 */
export function drawTornadoChart(element: SVGSVGElement, data: TornadoData, width: number, tooltip: Tooltip): void {
  const rows = data.rows.filter((row) => row.index > 0 && row.yearIfLow !== null && row.yearIfHigh !== null).slice(0, TORNADO_ROWS);
  const margin = { top: 30, right: 18, bottom: 44, left: 18 };
  const height = margin.top + Math.max(1, rows.length) * ROW + margin.bottom;
  const x0 = margin.left;
  const x1 = width - margin.right;
  const svg = resetSvg(element, width, height, `Tornado chart: what drives the exhaustion year of ${data.stock}`);
  const root = svg.append('g') as unknown as Group;
  const years = rows.flatMap((row) => [row.yearIfLow as number, row.yearIfHigh as number]);
  if (data.medianYear !== null) years.push(data.medianYear);
  const low = years.length ? Math.min(...years) : 2020;
  const high = years.length ? Math.max(...years) : 2030;
  const x = scaleLinear().domain([Math.floor(low - 0.5), Math.ceil(high + 0.5)]).range([x0, x1]).nice();
  const plotBottom = margin.top + Math.max(1, rows.length) * ROW;

  const legend = root.append('text').attr('x', x0).attr('y', 16).attr('font-size', 11).attr('fill', MUTED_INK);
  legend.append('tspan').text(`${data.stock}: mean year with the input in its `);
  legend.append('tspan').attr('fill', LOW_COLOUR).attr('font-weight', 700).text('lowest');
  legend.append('tspan').text(' or ');
  legend.append('tspan').attr('fill', HIGH_COLOUR).attr('font-weight', 700).text('highest');
  legend.append('tspan').text(' eighth; dashed: median');
  const wholeYears = x.ticks(width < 520 ? 5 : 10).filter(Number.isInteger);
  const xAxis = root.append('g').attr('transform', `translate(0,${plotBottom})`).call(axisBottom(x).tickValues(wholeYears).tickFormat((year) => String(year)));
  styleAxis(xAxis);
  axisTitle(root, 'Mean exhaustion year (never counted as the horizon)', (x0 + x1) / 2, plotBottom + 36);
  if (rows.length === 0) {
    root.append('text').attr('x', (x0 + x1) / 2).attr('y', margin.top + ROW / 2).attr('text-anchor', 'middle').attr('fill', MUTED_INK).text('No uncertain input moves this stock’s year.');
    return;
  }
  if (data.medianYear !== null) {
    root.append('line').attr('x1', x(data.medianYear)).attr('x2', x(data.medianYear)).attr('y1', margin.top).attr('y2', plotBottom).attr('stroke', INK).attr('stroke-dasharray', '3 3');
  }
  const base = data.medianYear ?? (low + high) / 2;
  rows.forEach((row, k) => {
    const top = margin.top + k * ROW;
    root.append('text').attr('x', x0).attr('y', top + 12).attr('font-size', 11).attr('fill', INK).text(`${inputLabel(row.input, data.stockNames)}  ·  index ${row.index.toFixed(2)}`);
    for (const [year, colour] of [[row.yearIfLow as number, LOW_COLOUR], [row.yearIfHigh as number, HIGH_COLOUR]] as const) {
      const left = Math.min(x(base), x(year));
      root.append('rect').attr('x', left).attr('y', top + 17).attr('width', Math.max(1, Math.abs(x(year) - x(base)))).attr('height', 14).attr('fill', colour).attr('fill-opacity', 0.85);
    }
  });
  root
    .append('rect')
    .attr('x', x0)
    .attr('y', margin.top)
    .attr('width', x1 - x0)
    .attr('height', plotBottom - margin.top)
    .attr('fill', 'transparent')
    .on('pointermove', (event: PointerEvent) => {
      const [, py] = pointer(event, element);
      const row = rows[Math.min(rows.length - 1, Math.max(0, Math.floor((py - margin.top) / ROW)))];
      tooltip.show(event.clientX, event.clientY, inputLabel(row.input, data.stockNames), [
        { text: `input: ${row.input}` },
        { text: `first-order index: ${row.index.toFixed(4)}` },
        { colour: LOW_COLOUR, text: `lowest eighth: mean ${yearLabel(row.yearIfLow)}, P(never) ${row.pNeverIfLow === null ? '–' : percentLabel(row.pNeverIfLow)}` },
        { colour: HIGH_COLOUR, text: `highest eighth: mean ${yearLabel(row.yearIfHigh)}, P(never) ${row.pNeverIfHigh === null ? '–' : percentLabel(row.pNeverIfHigh)}` },
      ]);
    })
    .on('pointerleave', () => tooltip.hide());
}
