import { axisBottom, axisLeft } from 'd3-axis';
import { scaleLinear, scaleLog } from 'd3-scale';
import { area, line } from 'd3-shape';
import { pointer } from 'd3-selection';
import { DEMAND_MODE_WORDS, type TrajectoriesResult, type TrajectoryBands } from '@horizon/sim';
import type { Tooltip } from './tooltip.js';
import { axisTitle, resetSvg, styleAxis, yearLabel, type Group } from './chart-frame.js';
import { SCREEN_STYLE, styleScale, type ChartStyle } from './chart-style.js';
import { chartKeys } from './chart-keys.js';
import { isolate } from './isolate.js';
import { yearTicks } from './year-ticks.js';
import type { FrontierRun } from './frontier-runs.js';
import { drawFanGhost, ghostKey } from '../baseline/ghost-marks.js';
import { DEMAND_COLOUR, INK, MUTED_INK, seriesColour, seriesDash } from './palette.js';

/** A stock's exhaustion-year quantiles (the result's), marked on the time axis. */
export interface ExhaustionMark {
  readonly name: string;
  readonly p10: number | null;
  readonly p50: number | null;
  readonly p90: number | null;
}

/** Everything the demand-vs-supply figure draws. */
export interface FanData {
  /** A pinned baseline's trajectories, drawn as grey medians (src/baseline/). */
  readonly ghost?: { readonly trajectories: TrajectoriesResult; readonly label: string };
  readonly trajectories: TrajectoriesResult;
  readonly exhaustion: readonly ExhaustionMark[];
  /** Historical frontier runs (data/frontier-runs.csv), drawn as points where the year range reaches them. */
  readonly runs: readonly FrontierRun[];
  /** Years drawn, whole years. */
  readonly fromYear: number;
  readonly toYear: number;
}

interface Series {
  readonly label: string;
  readonly colour: string;
  readonly dash: string;
  readonly bands: TrajectoryBands;
  /** Draw the 90/80/50% bands (not for the per-model demand lines). */
  readonly shaded: boolean;
}

const MODEL_DASHES = ['5 3', '1.5 2.5', '8 2 2 2'];

/**
 * Demand (tokens of the largest run's training set) against each stock's effective supply m·S per year on a
 * log axis, the published figure of the data-stock papers: exact per-year medians as lines; 50%, 80% and 90%
 * bands shaded; with a mixture of demand models, each model's median dashed; each stock's exhaustion year
 * (median and 80% interval) marked on the time axis; historical frontier runs as points, multimodal ones
 * hollow. Arrow keys move a year cursor whose values the tooltip shows.
 */
export function drawFanChart(element: SVGSVGElement, data: FanData, width: number, tooltip: Tooltip, style: ChartStyle = SCREEN_STYLE): void {
  const k = styleScale(style);
  const narrow = width < 520 * k;
  const { trajectories: fan } = data;
  const names = Object.keys(fan.supply);
  const stripRow = 12 * k;
  const margin = { top: 18 * k, right: 16 * k, bottom: 40 * k + names.length * stripRow, left: 60 * k };
  const plotHeight = (narrow ? 230 : 300) * k;
  const series: Series[] = [
    { label: 'demand (largest run)', colour: DEMAND_COLOUR, dash: '', bands: fan.demand, shaded: true },
    ...names.map((name, s) => ({ label: `${isolate(name)}: supply m·S`, colour: seriesColour(s), dash: seriesDash(s), bands: fan.supply[name], shaded: true })),
    ...(fan.demandByModel ?? []).map((model, m) => ({
      label: `demand: ${DEMAND_MODE_WORDS[model.mode] ?? model.mode} (model ${model.model + 1}, median)`,
      colour: DEMAND_COLOUR,
      dash: MODEL_DASHES[m % MODEL_DASHES.length],
      bands: model.bands,
      shaded: false,
    })),
  ];
  const legendItems = [...series.map((s) => ({ label: s.label, colour: s.colour, dash: s.dash, point: '' })), ...(data.runs.length ? [{ label: 'frontier run (text)', colour: INK, dash: '', point: 'filled' }, { label: 'frontier run (multimodal)', colour: INK, dash: '', point: 'hollow' }] : [])];
  const columns = narrow ? 1 : 2;
  const legendRow = 16 * k;
  const legendRows = Math.ceil(legendItems.length / columns);
  const height = margin.top + plotHeight + margin.bottom + legendRows * legendRow + 8 * k;
  const x0 = margin.left;
  const x1 = width - margin.right;
  const plotBottom = margin.top + plotHeight;
  const svg = resetSvg(element, width, height, `Demand against the effective supply of ${names.length} stock${names.length === 1 ? '' : 's'}, tokens by year, ${data.fromYear}–${data.toYear}`, style);
  const root = svg.append('g') as unknown as Group;

  const indexOf = (year: number) => fan.years.indexOf(year);
  const years = fan.years.filter((year) => year >= data.fromYear && year <= data.toYear);
  const runs = data.runs.filter((run) => run.year >= data.fromYear && run.year <= data.toYear + 1);
  let low = Infinity;
  let high = 0;
  for (const s of series) {
    for (const year of years) {
      const a = s.bands.p5[indexOf(year)];
      const b = s.bands.p95[indexOf(year)];
      if (a !== null && a > 0) low = Math.min(low, a);
      if (b !== null) high = Math.max(high, b);
    }
  }
  for (const run of runs) {
    low = Math.min(low, run.tokens);
    high = Math.max(high, run.tokens);
  }
  if (!(high > low)) [low, high] = [1e12, 1e16];
  const x = scaleLinear().domain([data.fromYear, data.toYear]).range([x0, x1]);
  const y = scaleLog().domain([low / 1.5, high * 1.5]).range([plotBottom, margin.top]).nice();

  const xAxis = root.append('g').attr('transform', `translate(0,${plotBottom})`).call(axisBottom(x).tickValues(yearTicks(data.fromYear, data.toYear, narrow ? 5 : 10)).tickFormat((year) => String(year)).tickSizeOuter(0));
  styleAxis(xAxis, style);
  const decades = y.ticks().filter((t) => Math.abs(Math.log10(t) - Math.round(Math.log10(t))) < 1e-9);
  const step = Math.max(1, Math.ceil(decades.length / (narrow ? 6 : 10)));
  const yAxis = root.append('g').attr('transform', `translate(${x0},0)`).call(axisLeft(y).tickValues(decades.filter((_, i) => i % step === 0)).tickFormat((t) => `1e${Math.round(Math.log10(+t))}`));
  styleAxis(yAxis, style);
  axisTitle(root, 'Tokens (log scale)', 13 * k, margin.top + plotHeight / 2, style, true);

  // One fan chart per document (the page's, or an export's own SVG), so a fixed id is unique.
  const clip = `${element.id || 'figure'}-clip`;
  svg.append('defs').append('clipPath').attr('id', clip).append('rect').attr('x', x0).attr('y', margin.top).attr('width', x1 - x0).attr('height', plotHeight);
  const plot = root.append('g').attr('clip-path', `url(#${clip})`);
  type Span = { year: number; lo: number; hi: number };
  const spans = (upper: ReadonlyArray<number | null>, lower: ReadonlyArray<number | null>): Span[] =>
    years.map((year) => ({ year, lo: lower[indexOf(year)], hi: upper[indexOf(year)] })).filter((d) => d.lo !== null && d.hi !== null && d.lo > 0) as Span[];
  const band = area<Span>().x((d) => x(d.year)).y0((d) => y(d.lo)).y1((d) => y(d.hi));
  const median = line<{ year: number; value: number }>().x((d) => x(d.year)).y((d) => y(d.value));
  for (const s of series.filter((one) => one.shaded)) {
    plot.append('path').attr('d', band(spans(s.bands.p95, s.bands.p5))).attr('fill', s.colour).attr('fill-opacity', 0.08).attr('data-band', '90');
    plot.append('path').attr('d', band(spans(s.bands.p90, s.bands.p10))).attr('fill', s.colour).attr('fill-opacity', 0.1).attr('data-band', '80');
    plot.append('path').attr('d', band(spans(s.bands.p75, s.bands.p25))).attr('fill', s.colour).attr('fill-opacity', 0.14).attr('data-band', '50');
  }
  if (data.ghost) {
    drawFanGhost(plot, data.ghost.trajectories, data.fromYear, data.toYear, x, y);
    ghostKey(root, x0 + 8 * k, margin.top + 14 * k, data.ghost.label, style.small);
  }
  series.forEach((s, index) => {
    const values = years.map((year) => ({ year, value: s.bands.p50[indexOf(year)] })).filter((d) => d.value !== null && d.value > 0) as Array<{ year: number; value: number }>;
    plot.append('path').attr('d', median(values)).attr('fill', 'none').attr('stroke', s.colour).attr('stroke-width', s.shaded ? 2 : 1.3).attr('stroke-dasharray', s.dash || null).attr('data-median', String(index));
  });

  // Historical frontier runs: filled circles for text-only training sets, hollow ones where images and video count.
  const radius = 3.2 * k;
  for (const run of runs) {
    plot.append('circle').attr('cx', x(run.year)).attr('cy', y(run.tokens)).attr('r', radius).attr('fill', run.multimodal ? '#ffffff' : INK).attr('stroke', INK).attr('stroke-width', 1.2).attr('data-run', run.multimodal ? 'multimodal' : 'text');
  }

  // Exhaustion years on the time axis: a dashed rule at each median, and below the axis a row per stock
  // with its 80% interval and median.
  const stripTop = plotBottom + 30 * k;
  data.exhaustion.forEach((mark, s) => {
    const colour = seriesColour(s);
    const inRange = (year: number | null) => year !== null && year >= data.fromYear && year <= data.toYear;
    if (inRange(mark.p50)) {
      root.append('line').attr('x1', x(mark.p50 as number)).attr('x2', x(mark.p50 as number)).attr('y1', margin.top).attr('y2', plotBottom).attr('stroke', colour).attr('stroke-dasharray', '2 3').attr('stroke-width', 1).attr('data-exhaustion-median', mark.name);
      root.append('path').attr('d', `M${x(mark.p50 as number)},${plotBottom} l${-4 * k},${-7 * k} h${8 * k} z`).attr('fill', colour);
    }
    const rowY = stripTop + s * stripRow;
    const clamp = (year: number | null) => x(Math.max(data.fromYear, Math.min(year ?? data.toYear, data.toYear)));
    if (mark.p10 !== null && (mark.p90 ?? Infinity) >= data.fromYear && mark.p10 <= data.toYear) {
      root.append('line').attr('x1', clamp(mark.p10)).attr('x2', clamp(mark.p90)).attr('y1', rowY).attr('y2', rowY).attr('stroke', colour).attr('stroke-width', 3 * k).attr('stroke-linecap', 'round');
    }
    if (inRange(mark.p50)) root.append('circle').attr('cx', x(mark.p50 as number)).attr('cy', rowY).attr('r', 3.5 * k).attr('fill', colour).attr('stroke', '#ffffff');
  });
  root.append('text').attr('x', 2 * k).attr('y', stripTop + 4 * k).attr('font-size', style.small).attr('fill', MUTED_INK).text('exhausted');
  axisTitle(root, 'Year', (x0 + x1) / 2, stripTop + names.length * stripRow + 10 * k, style);

  const legendTop = stripTop + names.length * stripRow + 26 * k;
  const columnWidth = (width - x0) / columns;
  legendItems.forEach((item, i) => {
    const lx = x0 + (i % columns) * columnWidth;
    const ly = legendTop + Math.floor(i / columns) * legendRow;
    if (item.point) root.append('circle').attr('cx', lx + 11 * k).attr('cy', ly).attr('r', radius).attr('fill', item.point === 'hollow' ? '#ffffff' : INK).attr('stroke', INK).attr('stroke-width', 1.2);
    else root.append('line').attr('x1', lx).attr('x2', lx + 22 * k).attr('y1', ly).attr('y2', ly).attr('stroke', item.colour).attr('stroke-width', 2).attr('stroke-dasharray', item.dash || null);
    root.append('text').attr('x', lx + 28 * k).attr('y', ly + 4 * k).attr('font-size', style.small).attr('fill', INK).text(item.label);
  });
  root.append('text').attr('x', x1).attr('y', margin.top - 5 * k).attr('text-anchor', 'end').attr('font-size', style.small).attr('fill', MUTED_INK).text(`median; 50%, 80%, 90% bands · ${fan.samplesUsed.toLocaleString('en-US')} paths`);

  // The cursor: pointer or arrow keys pick a year; the tooltip lists every series' values there.
  const rule = root.append('line').attr('y1', plotBottom).attr('y2', margin.top).attr('stroke', INK).attr('stroke-opacity', 0.45).attr('visibility', 'hidden');
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
  chartKeys(element, years.length, (i, point) => (i === null ? (rule.attr('visibility', 'hidden'), tooltip.hide()) : show(i, point.x, point.y)), (i) => ({ x: x(years[i]), y: margin.top + plotHeight / 3 }));
  root
    .append('rect')
    .attr('x', x0)
    .attr('y', margin.top)
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
