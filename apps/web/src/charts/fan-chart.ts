import { axisBottom, axisLeft } from 'd3-axis';
import { scaleLinear, scaleLog } from 'd3-scale';
import { area, line } from 'd3-shape';
import { pointer } from 'd3-selection';
import type { TrajectoriesResult, TrajectoryBands } from '@horizon/sim';
import type { Tooltip } from './tooltip.js';
import { axisTitle, resetSvg, styleAxis, type Group } from './chart-frame.js';
import { DEMAND_COLOUR, INK, MUTED_INK, seriesColour, seriesDash } from './palette.js';

/** The `trajectories` key of the result JSON, and the last year to draw. */
export interface FanData extends TrajectoriesResult {
  /** Last year drawn (the CDF chart's axis end, so both charts share their years). */
  readonly axisEndYear: number;
}

interface Series {
  readonly label: string;
  readonly colour: string;
  readonly dash: string;
  readonly bands: TrajectoryBands;
}

/**
 * Demand (tokens of the largest run) against each stock's effective supply m·S, per year on a log axis: the
 * median as a line, the 50% and 90% bands shaded. Where demand's band crosses a stock's, the stock runs out.
 */
export function drawFanChart(element: SVGSVGElement, data: FanData, width: number, tooltip: Tooltip): void {
  const narrow = width < 520;
  const margin = { top: 12, right: 16, bottom: 46, left: 64 };
  const plotHeight = narrow ? 240 : 300;
  const names = Object.keys(data.supply);
  const legendRows = Math.ceil((names.length + 1) / (narrow ? 1 : 3));
  const height = margin.top + plotHeight + margin.bottom + legendRows * 18 + 6;
  const x0 = margin.left;
  const x1 = width - margin.right;
  const svg = resetSvg(element, width, height, 'Fan chart: demand against effective supply of each stock, tokens per year');
  const root = svg.append('g') as unknown as Group;

  const series: Series[] = [
    { label: 'demand D (largest run)', colour: DEMAND_COLOUR, dash: '', bands: data.demand },
    ...names.map((name, k) => ({ label: `${name}: supply m·S`, colour: seriesColour(k), dash: seriesDash(k), bands: data.supply[name] })),
  ];
  const lastIndex = data.years.findIndex((year) => year > data.axisEndYear);
  const count = lastIndex < 0 ? data.years.length : lastIndex;
  const years = data.years.slice(0, count);
  let low = Infinity;
  let high = 0;
  for (const s of series) {
    for (let i = 0; i < count; i++) {
      const a = s.bands.p5[i];
      const b = s.bands.p95[i];
      if (a !== null && a > 0) low = Math.min(low, a);
      if (b !== null) high = Math.max(high, b);
    }
  }
  if (!(high > low)) [low, high] = [1e12, 1e16];
  const x = scaleLinear().domain([years[0], years[years.length - 1]]).range([x0, x1]);
  const y = scaleLog().domain([low / 1.5, high * 1.5]).range([margin.top + plotHeight, margin.top]).nice();

  const xAxis = root.append('g').attr('transform', `translate(0,${margin.top + plotHeight})`).call(axisBottom(x).ticks(narrow ? 5 : 10, 'd'));
  styleAxis(xAxis);
  const decades = y.ticks().filter((t) => Math.abs(Math.log10(t) - Math.round(Math.log10(t))) < 1e-9);
  const step = Math.max(1, Math.ceil(decades.length / (narrow ? 6 : 10)));
  const yAxis = root.append('g').attr('transform', `translate(${x0},0)`).call(axisLeft(y).tickValues(decades.filter((_, i) => i % step === 0)).tickFormat((t) => `1e${Math.round(Math.log10(+t))}`));
  styleAxis(yAxis);
  axisTitle(root, 'Year', (x0 + x1) / 2, margin.top + plotHeight + 36);
  axisTitle(root, 'Tokens (log scale)', 14, margin.top + plotHeight / 2, true);

  const points = (upper: ReadonlyArray<number | null>, lower: ReadonlyArray<number | null>) =>
    years.map((year, i) => ({ year, lo: lower[i], hi: upper[i] })).filter((d) => d.lo !== null && d.hi !== null && d.lo > 0) as Array<{ year: number; lo: number; hi: number }>;
  const band = area<{ year: number; lo: number; hi: number }>()
    .x((d) => x(d.year))
    .y0((d) => y(d.lo))
    .y1((d) => y(d.hi));
  const median = line<{ year: number; value: number }>()
    .x((d) => x(d.year))
    .y((d) => y(d.value));
  for (const s of series) {
    root.append('path').attr('d', band(points(s.bands.p95, s.bands.p5))).attr('fill', s.colour).attr('fill-opacity', 0.12);
    root.append('path').attr('d', band(points(s.bands.p75, s.bands.p25))).attr('fill', s.colour).attr('fill-opacity', 0.22);
  }
  for (const s of series) {
    const values = years.map((year, i) => ({ year, value: s.bands.p50[i] })).filter((d) => d.value !== null && d.value > 0) as Array<{ year: number; value: number }>;
    root.append('path').attr('d', median(values)).attr('fill', 'none').attr('stroke', s.colour).attr('stroke-width', 2).attr('stroke-dasharray', s.dash || null);
  }

  const legendTop = margin.top + plotHeight + 52;
  const columns = narrow ? 1 : 3;
  const columnWidth = (x1 - x0) / columns;
  series.forEach((s, k) => {
    const lx = x0 + (k % columns) * columnWidth;
    const ly = legendTop + Math.floor(k / columns) * 18;
    root.append('line').attr('x1', lx).attr('x2', lx + 22).attr('y1', ly).attr('y2', ly).attr('stroke', s.colour).attr('stroke-width', 2).attr('stroke-dasharray', s.dash || null);
    root.append('text').attr('x', lx + 28).attr('y', ly + 4).attr('font-size', 11).attr('fill', INK).text(s.label);
  });
  root.append('text').attr('x', x1).attr('y', margin.top + 12).attr('text-anchor', 'end').attr('font-size', 11).attr('fill', MUTED_INK).text(`median, 50% and 90% bands · ${data.samplesUsed.toLocaleString('en-US')} paths`);

  const rule = root.append('line').attr('y1', y.range()[0]).attr('y2', y.range()[1]).attr('stroke', INK).attr('stroke-opacity', 0.35).attr('visibility', 'hidden');
  root
    .append('rect')
    .attr('x', x0)
    .attr('y', margin.top)
    .attr('width', x1 - x0)
    .attr('height', plotHeight)
    .attr('fill', 'transparent')
    .on('pointermove', (event: PointerEvent) => {
      const [px] = pointer(event, element);
      const i = Math.max(0, Math.min(count - 1, Math.round(x.invert(px) - years[0])));
      rule.attr('x1', x(years[i])).attr('x2', x(years[i])).attr('visibility', 'visible');
      tooltip.show(event.clientX, event.clientY, `${years[i]} (tokens)`, series.map((s) => ({
        colour: s.colour,
        text: `${s.label}: ${tokens(s.bands.p50[i])} (50% ${tokens(s.bands.p25[i])}–${tokens(s.bands.p75[i])}, 90% ${tokens(s.bands.p5[i])}–${tokens(s.bands.p95[i])})`,
      })));
    })
    .on('pointerleave', () => {
      rule.attr('visibility', 'hidden');
      tooltip.hide();
    });
}

function tokens(value: number | null): string {
  return value === null ? '–' : value.toExponential(2).replace('e+', 'e');
}
