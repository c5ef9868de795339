import { axisBottom, axisLeft } from 'd3-axis';
import { scaleLinear, scaleLog } from 'd3-scale';
import { area, line } from 'd3-shape';
import { axisTitle, gridLines, resetSvg, styleAxis, type Group } from '../charts/chart-frame.js';
import { MUTED_INK, seriesColour, seriesDash } from '../charts/palette.js';
import { SCREEN_STYLE, styleScale, type ChartStyle } from '../charts/chart-style.js';
import { isolate } from '../charts/isolate.js';
import type { WhatIfData, WhatIfPoint } from './what-if-series.js';

/** The bands drawn around each median, widest first, with their fill opacity. */
const BANDS = [
  { low: 'p5', high: 'p95', opacity: 0.1 },
  { low: 'p10', high: 'p90', opacity: 0.14 },
  { low: 'p25', high: 'p75', opacity: 0.2 },
] as const;

/**
 * The what-if chart: above, each stock's median exhaustion year against the varied input with its 50%, 80% and
 * 90% bands (a quantile past the horizon is drawn at the horizon, the top of the axis); below, P(exhausted by
 * the chosen year) against the same input. A log range gets a log axis.
 */
export function drawWhatIfChart(element: SVGSVGElement, data: WhatIfData, width: number, style: ChartStyle = SCREEN_STYLE): void {
  const k = styleScale(style);
  const ROW = 16 * k;
  const margin = { top: 12 * k + data.series.length * ROW, right: 20 * k, bottom: 46 * k, left: 56 * k };
  const yearsHeight = 240 * k;
  const gap = 40 * k;
  const pHeight = 120 * k;
  const height = margin.top + yearsHeight + gap + pHeight + margin.bottom;
  const x0 = margin.left;
  const x1 = width - margin.right;
  const svg = resetSvg(element, width, height, `Exhaustion year of ${data.series.length} stock${data.series.length === 1 ? '' : 's'} against ${data.axisLabel}`, style);
  const root = svg.append('g') as unknown as Group;
  const [lowest, highest] = [Math.min(...data.values), Math.max(...data.values)];
  const x = (data.log ? scaleLog() : scaleLinear()).domain([lowest, highest === lowest ? lowest + 1 : highest]).range([x0, x1]);

  // Years: from the start to past the highest finite 95th percentile (or the horizon).
  const finite = data.series.flatMap((s) => s.points.flatMap((p) => [p.p5, p.p95])).filter((year): year is number => year !== null);
  const topYear = Math.min(data.horizonYear, Math.ceil(Math.max(data.startYear + 5, ...finite) + 1));
  const bottomYear = Math.floor(Math.min(topYear - 5, ...finite));
  const yearsTop = margin.top;
  const yearsBottom = yearsTop + yearsHeight;
  const y = scaleLinear().domain([bottomYear, topYear]).range([yearsBottom, yearsTop]);
  const clampYear = (year: number | null) => y(Math.min(topYear, Math.max(bottomYear, year ?? data.horizonYear)));
  gridLines(root, y.ticks(6).map(y), x0, x1);
  styleAxis(root.append('g').attr('transform', `translate(${x0},0)`).call(axisLeft(y).ticks(6).tickFormat((year) => String(year))), style);
  axisTitle(root, 'Exhaustion year', 14 * k, (yearsTop + yearsBottom) / 2, style, true);

  const pTop = yearsBottom + gap;
  const pBottom = pTop + pHeight;
  const p = scaleLinear().domain([0, 1]).range([pBottom, pTop]);
  gridLines(root, [0, 0.5, 1].map(p), x0, x1);
  styleAxis(root.append('g').attr('transform', `translate(${x0},0)`).call(axisLeft(p).tickValues([0, 0.25, 0.5, 0.75, 1]).tickFormat((v) => `${Math.round(+v * 100)}%`)), style);
  axisTitle(root, `P(by ${data.byYear})`, 14 * k, (pTop + pBottom) / 2, style, true);
  root.append('text').attr('x', x0).attr('y', pTop - 8 * k).attr('font-size', style.small).attr('fill', MUTED_INK).text(`P(exhausted by ${data.byYear})`);
  const xAxis = axisBottom(x).ticks(data.log ? 6 : 8, data.log ? '~g' : undefined);
  if (!data.log) xAxis.tickFormat((v) => String(+(+v).toPrecision(4)));
  styleAxis(root.append('g').attr('transform', `translate(0,${pBottom})`).call(xAxis), style);
  axisTitle(root, data.axisLabel, (x0 + x1) / 2, height - 8 * k, style);

  data.series.forEach((series, s) => {
    const colour = seriesColour(s);
    for (const band of BANDS) {
      const shape = area<WhatIfPoint>().x((d) => x(d.at)).y0((d) => clampYear(d[band.low])).y1((d) => clampYear(d[band.high]));
      root.append('path').attr('d', shape(series.points as WhatIfPoint[])).attr('fill', colour).attr('fill-opacity', band.opacity).attr('stroke', 'none');
    }
    const median = line<WhatIfPoint>().x((d) => x(d.at)).y((d) => clampYear(d.p50));
    root.append('path').attr('d', median(series.points as WhatIfPoint[])).attr('fill', 'none').attr('stroke', colour).attr('stroke-width', 2).attr('stroke-dasharray', seriesDash(s) || null).attr('data-whatif-median', series.name);
    const probability = line<WhatIfPoint>().x((d) => x(d.at)).y((d) => p(d.pBy));
    root.append('path').attr('d', probability(series.points as WhatIfPoint[])).attr('fill', 'none').attr('stroke', colour).attr('stroke-width', 2).attr('stroke-dasharray', seriesDash(s) || null);
    for (const point of series.points) root.append('circle').attr('cx', x(point.at)).attr('cy', clampYear(point.p50)).attr('r', 2.2 * k).attr('fill', colour);
    // Key: a line sample and the stock's name, one row each above the plot.
    const keyY = 10 * k + s * ROW;
    root.append('line').attr('x1', x0).attr('x2', x0 + 22 * k).attr('y1', keyY).attr('y2', keyY).attr('stroke', colour).attr('stroke-width', 2).attr('stroke-dasharray', seriesDash(s) || null);
    root.append('text').attr('x', x0 + 28 * k).attr('y', keyY + 4 * k).attr('font-size', style.small).text(`${isolate(series.name)}: median, 50%, 80% and 90% bands`);
  });
  const { fewest, most, final } = data.samples;
  const note = final ? `${most.toLocaleString('en-US')} samples a point` : `refining: ${fewest.toLocaleString('en-US')}–${most.toLocaleString('en-US')} samples a point so far`;
  root.append('text').attr('x', x1).attr('y', 10 * k + 4 * k).attr('text-anchor', 'end').attr('font-size', style.small).attr('fill', MUTED_INK).text(note);
}
