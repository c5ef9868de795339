import { axisBottom, axisLeft } from 'd3-axis';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { pointer } from 'd3-selection';
import type { Tooltip } from './tooltip.js';
import { axisTitle, gridLines, percentLabel, resetSvg, styleAxis, yearLabel, type Group } from './chart-frame.js';
import { cdfAt, type CdfData } from './cdf-series.js';
import { INK, MUTED_INK, seriesColour, seriesDash } from './palette.js';
import { SCREEN_STYLE, styleScale, type ChartStyle } from './chart-style.js';
import { chartKeys } from './chart-keys.js';
import { isolate } from './isolate.js';
import { yearTicks } from './year-ticks.js';

/** Rough width of a character of 11 px system-ui text, to keep labels inside the chart. */
const CHAR_WIDTH = 6.2;

function truncate(text: string, room: number, charWidth: number): string {
  const fit = Math.max(4, Math.floor(room / charWidth));
  return text.length <= fit ? text : `${text.slice(0, fit - 1)}…`;
}

/**
 * The exhaustion-year CDF of every stock on one chart: P(stock exhausted by year) against the year, with each
 * stock's median and 80% interval marked in a strip above the plot, and P(never by the horizon) in a panel at
 * the right, where each curve's missing mass is drawn up to 100% so it is seen, not hidden.
 */
export function drawCdfChart(element: SVGSVGElement, data: CdfData, width: number, tooltip: Tooltip, style: ChartStyle = SCREEN_STYLE): void {
  const k = styleScale(style);
  const ROW = 16 * k;
  const charWidth = CHAR_WIDTH * (style.small / 11);
  const stocks = data.series.length;
  const narrow = width < 520 * k;
  const margin = { top: 26 * k + stocks * ROW + 10 * k, right: (narrow ? 84 : 104) * k, bottom: 46 * k, left: 52 * k };
  const plotHeight = (narrow ? 220 : 280) * k;
  const height = margin.top + plotHeight + margin.bottom;
  const neverWidth = margin.right - 26 * k;
  const x0 = margin.left;
  const x1 = width - margin.right;
  const svg = resetSvg(element, width, height, `Exhaustion-year CDF of ${stocks} stock${stocks === 1 ? '' : 's'}`, style);
  const x = scaleLinear().domain([data.startYear, data.axisEndYear]).range([x0, x1]);
  const y = scaleLinear().domain([0, 1]).range([margin.top + plotHeight, margin.top]);

  const root = svg.append('g') as unknown as Group;
  gridLines(root, [0.1, 0.5, 0.9, 1].map(y), x0, x1);
  const xAxis = root.append('g').attr('transform', `translate(0,${margin.top + plotHeight})`).call(axisBottom(x).tickValues(yearTicks(data.startYear, data.axisEndYear, narrow ? 5 : 10)).tickFormat((year) => String(year)));
  styleAxis(xAxis, style);
  const yAxis = root.append('g').attr('transform', `translate(${x0},0)`).call(axisLeft(y).tickValues([0, 0.1, 0.25, 0.5, 0.75, 0.9, 1]).tickFormat((p) => `${Math.round(+p * 100)}%`));
  styleAxis(yAxis, style);
  axisTitle(root, 'Year the stock is exhausted (calendar year)', (x0 + x1) / 2, height - 8 * k, style);
  axisTitle(root, 'P(exhausted by year)', 14 * k, margin.top + plotHeight / 2, style, true);

  // Curves, clipped to the axis; the CDF beyond axisEndYear is flat up to the horizon.
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

  // The strip of medians and 80% intervals above the plot.
  root.append('text').attr('x', x0).attr('y', 16 * k).attr('font-size', style.small).attr('fill', MUTED_INK).text('Median ● and 80% interval (p10–p90)');
  data.series.forEach((series, s) => {
    const rowY = 26 * k + s * ROW + ROW / 2;
    const clampX = (year: number | null) => x(Math.min(year ?? data.axisEndYear, data.axisEndYear));
    if (series.p10 !== null) {
      root.append('line').attr('x1', clampX(series.p10)).attr('x2', clampX(series.p90)).attr('y1', rowY).attr('y2', rowY).attr('stroke', seriesColour(s)).attr('stroke-width', 4 * k).attr('stroke-linecap', 'round');
    }
    if (series.p50 !== null) root.append('circle').attr('cx', clampX(series.p50)).attr('cy', rowY).attr('r', 4.5 * k).attr('fill', seriesColour(s)).attr('stroke', '#fff');
    // The label goes on the side of the bar with more room, shortened when it fits on neither.
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

  // P(never by the horizon): each curve's remaining mass, drawn from its value at the horizon up to 100%.
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

  // Hover or arrow keys: a rule at a year and the exact probabilities in the tooltip.
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
    .attr('y', margin.top - stocks * ROW - 10 * k)
    .attr('width', width - x0)
    .attr('height', plotHeight + stocks * ROW + 10 * k)
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
