import { axisBottom, axisLeft } from 'd3-axis';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { pointer } from 'd3-selection';
import type { Tooltip } from './tooltip.js';
import { axisTitle, gridLines, percentLabel, resetSvg, styleAxis, yearLabel, type Group } from './chart-frame.js';
import { cdfAt, type CdfData } from './cdf-series.js';
import { INK, MUTED_INK, seriesColour, seriesDash } from './palette.js';

const ROW = 16;
/** Rough width of a character of 11 px system-ui text, to keep labels inside the chart. */
const CHAR_WIDTH = 6.2;

function truncate(text: string, room: number): string {
  const fit = Math.max(4, Math.floor(room / CHAR_WIDTH));
  return text.length <= fit ? text : `${text.slice(0, fit - 1)}…`;
}

/**
 * The exhaustion-year CDF of every stock on one chart: P(stock exhausted by year) against the year, with each
 * stock's median and 80% interval marked in a strip above the plot, and P(never by the horizon) in a panel at
 * the right, where each curve's missing mass is drawn up to 100% so it is seen, not hidden.
 */
export function drawCdfChart(element: SVGSVGElement, data: CdfData, width: number, tooltip: Tooltip): void {
  const stocks = data.series.length;
  const narrow = width < 520;
  const margin = { top: 26 + stocks * ROW + 10, right: narrow ? 84 : 104, bottom: 46, left: 52 };
  const plotHeight = narrow ? 220 : 280;
  const height = margin.top + plotHeight + margin.bottom;
  const neverWidth = margin.right - 26;
  const x0 = margin.left;
  const x1 = width - margin.right;
  const svg = resetSvg(element, width, height, `Exhaustion-year CDF of ${stocks} stock${stocks === 1 ? '' : 's'}`);
  const x = scaleLinear().domain([data.startYear, data.axisEndYear]).range([x0, x1]);
  const y = scaleLinear().domain([0, 1]).range([margin.top + plotHeight, margin.top]);

  const root = svg.append('g') as unknown as Group;
  gridLines(root, [0.1, 0.5, 0.9, 1].map(y), x0, x1);
  const xAxis = root.append('g').attr('transform', `translate(0,${margin.top + plotHeight})`).call(axisBottom(x).ticks(narrow ? 5 : 10, 'd'));
  styleAxis(xAxis);
  const yAxis = root.append('g').attr('transform', `translate(${x0},0)`).call(axisLeft(y).tickValues([0, 0.1, 0.25, 0.5, 0.75, 0.9, 1]).tickFormat((p) => `${Math.round(+p * 100)}%`));
  styleAxis(yAxis);
  axisTitle(root, 'Year the stock is exhausted (calendar year)', (x0 + x1) / 2, height - 8);
  axisTitle(root, 'P(exhausted by year)', 14, margin.top + plotHeight / 2, true);

  // Curves, clipped to the axis; the CDF beyond axisEndYear is flat up to the horizon.
  const curve = line<readonly [number, number]>()
    .x((d) => x(d[0]))
    .y((d) => y(d[1]));
  data.series.forEach((series, k) => {
    const visible = series.points.filter((point) => point[0] <= data.axisEndYear);
    root.append('path').attr('d', curve(visible)).attr('fill', 'none').attr('stroke', seriesColour(k)).attr('stroke-width', 2).attr('stroke-dasharray', seriesDash(k) || null);
    if (series.p50 !== null && series.p50 <= data.axisEndYear) {
      root.append('line').attr('x1', x(series.p50)).attr('x2', x(series.p50)).attr('y1', y(0.5)).attr('y2', y(0)).attr('stroke', seriesColour(k)).attr('stroke-opacity', 0.5).attr('stroke-dasharray', '2 3');
      root.append('circle').attr('cx', x(series.p50)).attr('cy', y(0.5)).attr('r', 4).attr('fill', seriesColour(k)).attr('stroke', '#fff');
    }
  });

  // The strip of medians and 80% intervals above the plot.
  root.append('text').attr('x', x0).attr('y', 16).attr('font-size', 11).attr('fill', MUTED_INK).text('Median ● and 80% interval (p10–p90)');
  data.series.forEach((series, k) => {
    const rowY = 26 + k * ROW + ROW / 2;
    const clampX = (year: number | null) => x(Math.min(year ?? data.axisEndYear, data.axisEndYear));
    if (series.p10 !== null) {
      root.append('line').attr('x1', clampX(series.p10)).attr('x2', clampX(series.p90)).attr('y1', rowY).attr('y2', rowY).attr('stroke', seriesColour(k)).attr('stroke-width', 4).attr('stroke-linecap', 'round');
    }
    if (series.p50 !== null) root.append('circle').attr('cx', clampX(series.p50)).attr('cy', rowY).attr('r', 4.5).attr('fill', seriesColour(k)).attr('stroke', '#fff');
    // The label goes on the side of the bar with more room, shortened when it fits on neither.
    const full = `${series.name}: ${yearLabel(series.p50)} (${yearLabel(series.p10)}–${yearLabel(series.p90)})`;
    const left = series.p10 === null ? x0 : clampX(series.p10) - 8;
    const right = series.p10 === null ? x0 : clampX(series.p90) + 8;
    const onRight = width - right > left;
    const room = onRight ? width - right - 4 : left - 4;
    const label = full.length * CHAR_WIDTH <= room ? full : truncate(`${series.name}: ${yearLabel(series.p50)}`, room);
    root
      .append('text')
      .attr('x', onRight ? right : left)
      .attr('y', rowY + 4)
      .attr('text-anchor', onRight ? 'start' : 'end')
      .attr('font-size', 11)
      .attr('fill', INK)
      .text(label);
  });

  // P(never by the horizon): each curve's remaining mass, drawn from its value at the horizon up to 100%.
  const neverX0 = x1 + 24;
  const neverGroup = root.append('g');
  neverGroup.append('line').attr('x1', neverX0).attr('x2', neverX0 + neverWidth).attr('y1', y(0)).attr('y2', y(0)).attr('stroke', INK);
  const barStep = Math.min(14, neverWidth / Math.max(1, stocks));
  data.series.forEach((series, k) => {
    const bx = neverX0 + 6 + k * barStep;
    neverGroup.append('line').attr('x1', bx).attr('x2', bx).attr('y1', y(1 - series.pNever)).attr('y2', y(1)).attr('stroke', seriesColour(k)).attr('stroke-width', Math.max(2, barStep - 5));
  });
  const neverText = data.series.map((s) => percentLabel(s.pNever));
  neverGroup.append('text').attr('x', neverX0 + neverWidth / 2).attr('y', y(0) + 16).attr('text-anchor', 'middle').attr('font-size', 11).attr('fill', INK).text('never');
  neverGroup.append('text').attr('x', neverX0 + neverWidth / 2).attr('y', y(0) + 29).attr('text-anchor', 'middle').attr('font-size', 11).attr('fill', INK).text(`by ${data.horizonYear}`);
  neverText.forEach((text, k) => {
    neverGroup.append('text').attr('x', neverX0 + neverWidth).attr('y', y(0) - 6 - (stocks - 1 - k) * 13).attr('text-anchor', 'end').attr('font-size', 11).attr('fill', seriesColour(k)).text(text);
  });
  if (data.axisEndYear < data.horizonYear) {
    root.append('text').attr('x', x1 + 7).attr('y', y(0) + 4).attr('text-anchor', 'middle').attr('fill', MUTED_INK).text('⋯');
  }

  // Hover: a rule at the pointer's year and the exact probabilities in the tooltip.
  const rule = root.append('line').attr('y1', y(0)).attr('y2', y(1)).attr('stroke', INK).attr('stroke-opacity', 0.35).attr('visibility', 'hidden');
  root
    .append('rect')
    .attr('x', x0)
    .attr('y', margin.top - stocks * ROW - 10)
    .attr('width', width - x0)
    .attr('height', plotHeight + stocks * ROW + 10)
    .attr('fill', 'transparent')
    .on('pointermove', (event: PointerEvent) => {
      const [px] = pointer(event, element);
      if (px > x1 + 4) {
        rule.attr('visibility', 'hidden');
        tooltip.show(event.clientX, event.clientY, `Never by ${data.horizonYear}`, data.series.map((s, k) => ({ colour: seriesColour(k), text: `${s.name}: ${percentLabel(s.pNever)}` })));
        return;
      }
      const year = Math.max(data.startYear, Math.min(data.axisEndYear, x.invert(px)));
      rule.attr('x1', x(year)).attr('x2', x(year)).attr('visibility', 'visible');
      tooltip.show(event.clientX, event.clientY, `Exhausted by ${year.toFixed(2)}`, data.series.map((s, k) => ({
        colour: seriesColour(k),
        text: `${s.name}: ${percentLabel(cdfAt(s, year))} · median ${yearLabel(s.p50)}, 80% ${yearLabel(s.p10)}–${yearLabel(s.p90)}`,
      })));
    })
    .on('pointerleave', () => {
      rule.attr('visibility', 'hidden');
      tooltip.hide();
    });
}
