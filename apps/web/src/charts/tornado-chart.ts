import { axisBottom } from 'd3-axis';
import { scaleLinear } from 'd3-scale';
import { pointer } from 'd3-selection';
import type { InputSensitivity } from '@horizon/sim/internal';
import type { Tooltip } from './tooltip.js';
import { axisTitle, percentLabel, resetSvg, styleAxis, yearLabel, type Group } from './chart-frame.js';
import { INK, MUTED_INK } from './palette.js';
import { SCREEN_STYLE, styleScale, type ChartStyle } from './chart-style.js';
import { chartKeys } from './chart-keys.js';
import { isolate } from './isolate.js';
import { yearTicks } from './year-ticks.js';
import { inputLabel } from './input-label.js';

export interface TornadoData {
  readonly stock: string;
  /** Ranked by index, largest first. */
  readonly rows: readonly InputSensitivity[];
  /**
   * The stock's mean exhaustion year (never counted as the horizon): the statistic the bars are conditional
   * versions of, so an input that does not matter has bars of zero length.
   */
  readonly meanYear: number;
  /** Every stock's name and each demand model's mode, to put input paths in words. */
  readonly stockNames: readonly string[];
  readonly demandModes: readonly string[];
}

/** Below this first-order index an input explains under 1% of the variance: its row is greyed. */
export const MEANINGFUL_INDEX = 0.01;
const GREY = '#8c8c8c';

/** Bars drawn: the inputs that matter; the rest are listed in the JSON. */
export const TORNADO_ROWS = 8;
/** Okabe–Ito blue and vermillion: the input at its low and high end. */
const LOW_COLOUR = '#0072B2';
const HIGH_COLOUR = '#D55E00';

/**
 * A tornado chart for one stock: for each input, ranked by its first-order sensitivity index, the mean
 * exhaustion year when the input is in its lowest eighth (upper bar) and in its highest eighth (lower bar),
 * each drawn from the stock's overall mean year, so the two never overlap even when both lie on one side.
 * Rows whose index is below MEANINGFUL_INDEX are greyed.
 */
export function drawTornadoChart(element: SVGSVGElement, data: TornadoData, width: number, tooltip: Tooltip, style: ChartStyle = SCREEN_STYLE): void {
  const k = styleScale(style);
  const ROW = 40 * k;
  const rows = data.rows.filter((row) => row.index > 0 && row.yearIfLow !== null && row.yearIfHigh !== null).slice(0, TORNADO_ROWS);
  const margin = { top: 30 * k, right: 18 * k, bottom: 44 * k, left: 18 * k };
  const height = margin.top + Math.max(1, rows.length) * ROW + margin.bottom;
  const x0 = margin.left;
  const x1 = width - margin.right;
  const svg = resetSvg(element, width, height, `Tornado chart: what drives the exhaustion year of ${data.stock}`, style);
  const root = svg.append('g') as unknown as Group;
  const years = [data.meanYear, ...rows.flatMap((row) => [row.yearIfLow as number, row.yearIfHigh as number])];
  const low = Math.min(...years);
  const high = Math.max(...years);
  const x = scaleLinear().domain([Math.floor(low - 0.5), Math.ceil(high + 0.5)]).range([x0, x1]).nice();
  const plotBottom = margin.top + Math.max(1, rows.length) * ROW;

  // Keys beside ink text: the series colours are too light for text on white.
  let lx = x0;
  const key = (colour: string, text: string) => {
    root.append('rect').attr('x', lx).attr('y', 8 * k).attr('width', 10 * k).attr('height', 10 * k).attr('fill', colour);
    const label = root.append('text').attr('x', lx + 14 * k).attr('y', 17 * k).attr('font-size', style.small).attr('fill', INK).text(text);
    lx += 14 * k + text.length * style.small * 0.56 + 12 * k;
    return label;
  };
  key(LOW_COLOUR, 'input in its lowest eighth');
  key(HIGH_COLOUR, 'highest eighth');
  root.append('text').attr('x', x1).attr('y', 17 * k).attr('text-anchor', 'end').attr('font-size', style.small).attr('fill', MUTED_INK).text(`dashed: mean ${yearLabel(data.meanYear)}`);
  const xAxis = root.append('g').attr('transform', `translate(0,${plotBottom})`).call(axisBottom(x).tickValues(yearTicks(x.domain()[0], x.domain()[1], width < 520 * k ? 5 : 10)).tickFormat((year) => String(year)));
  styleAxis(xAxis, style);
  axisTitle(root, `${isolate(data.stock)}: mean exhaustion year (never counted as the horizon)`, (x0 + x1) / 2, plotBottom + 36 * k, style);
  if (rows.length === 0) {
    root.append('text').attr('x', (x0 + x1) / 2).attr('y', margin.top + ROW / 2).attr('text-anchor', 'middle').attr('fill', MUTED_INK).text('No uncertain input moves this stock’s year.');
    return;
  }
  root.append('line').attr('x1', x(data.meanYear)).attr('x2', x(data.meanYear)).attr('y1', margin.top).attr('y2', plotBottom).attr('stroke', INK).attr('stroke-dasharray', '3 3');
  const base = x(data.meanYear);
  rows.forEach((row, r) => {
    const top = margin.top + r * ROW;
    const meaningful = row.index >= MEANINGFUL_INDEX;
    root.append('text').attr('x', x0).attr('y', top + 12 * k).attr('font-size', style.small).attr('fill', meaningful ? INK : MUTED_INK).text(`${inputLabel(row.input, data.stockNames, data.demandModes)}  ·  index ${row.index.toFixed(2)}${meaningful ? '' : ' (negligible)'}`);
    ([[row.yearIfLow as number, LOW_COLOUR, 0], [row.yearIfHigh as number, HIGH_COLOUR, 1]] as const).forEach(([year, colour, half]) => {
      root.append('rect').attr('x', Math.min(base, x(year))).attr('y', top + 17 * k + half * 9 * k).attr('width', Math.max(1, Math.abs(x(year) - base))).attr('height', 8 * k).attr('fill', meaningful ? colour : GREY).attr('fill-opacity', meaningful ? 0.9 : 0.6).attr('data-half', half ? 'high' : 'low');
    });
  });
  const show = (row: InputSensitivity, clientX: number, clientY: number) =>
    tooltip.show(clientX, clientY, inputLabel(row.input, data.stockNames, data.demandModes), [
      { text: `input: ${row.input}` },
      { text: `first-order index: ${row.index.toFixed(4)}` },
      { colour: LOW_COLOUR, text: `lowest eighth: mean ${yearLabel(row.yearIfLow)} (${signed((row.yearIfLow as number) - data.meanYear)} y), P(never) ${row.pNeverIfLow === null ? '–' : percentLabel(row.pNeverIfLow)}` },
      { colour: HIGH_COLOUR, text: `highest eighth: mean ${yearLabel(row.yearIfHigh)} (${signed((row.yearIfHigh as number) - data.meanYear)} y), P(never) ${row.pNeverIfHigh === null ? '–' : percentLabel(row.pNeverIfHigh)}` },
    ]);
  chartKeys(element, rows.length, (i, point) => (i === null ? tooltip.hide() : show(rows[i], point.x, point.y)), (i) => ({ x: x1 - 40 * k, y: margin.top + i * ROW + ROW / 2 }));
  root
    .append('rect')
    .attr('x', x0)
    .attr('y', margin.top)
    .attr('width', x1 - x0)
    .attr('height', plotBottom - margin.top)
    .attr('fill', 'transparent')
    .on('pointermove', (event: PointerEvent) => {
      const [, py] = pointer(event, element);
      show(rows[Math.min(rows.length - 1, Math.max(0, Math.floor((py - margin.top) / ROW)))], event.clientX, event.clientY);
    })
    .on('pointerleave', () => tooltip.hide());
}

function signed(value: number): string {
  return `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(2)}`;
}
