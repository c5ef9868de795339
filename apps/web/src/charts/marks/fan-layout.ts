import { scaleLinear, scaleLog, type ScaleLinear, type ScaleLogarithmic } from 'd3-scale';
import { DEMAND_MODE_WORDS, type TrajectoryBands } from '@horizon/sim/internal';
import type { FanData } from '../fan-chart.js';
import type { FrontierRun } from '../frontier-runs.js';
import { styleScale, type ChartStyle } from '../chart-style.js';
import { isolate } from '../isolate.js';
import { DEMAND_COLOUR, INK, seriesColour, seriesDash } from '../palette.js';

/** One line of the figure: demand, a stock's supply, or one demand model's median. */
export interface FanSeries {
  readonly label: string;
  readonly colour: string;
  readonly dash: string;
  readonly bands: TrajectoryBands;
  /** Draw the 90/80/50% bands (not for the per-model demand lines). */
  readonly shaded: boolean;
}

export interface LegendItem {
  readonly label: string;
  readonly colour: string;
  readonly dash: string;
  /** A point symbol instead of a line: 'filled' or 'hollow'. */
  readonly point: string;
}

/** Where the demand-vs-supply figure's parts go, and what it draws. */
export interface FanLayout {
  readonly k: number;
  readonly width: number;
  readonly height: number;
  readonly narrow: boolean;
  readonly top: number;
  readonly plotHeight: number;
  readonly plotBottom: number;
  readonly x0: number;
  readonly x1: number;
  /** Height of one stock's row in the exhaustion strip under the axis. */
  readonly stripRow: number;
  readonly series: readonly FanSeries[];
  readonly legendItems: readonly LegendItem[];
  readonly columns: number;
  readonly legendRow: number;
  /** The whole years drawn, and the frontier runs among them. */
  readonly years: readonly number[];
  readonly runs: readonly FrontierRun[];
  /** Index of a year in the trajectories' years. */
  readonly indexOf: (year: number) => number;
  readonly x: ScaleLinear<number, number>;
  readonly y: ScaleLogarithmic<number, number>;
  readonly style: ChartStyle;
}

const MODEL_DASHES = ['5 3', '1.5 2.5', '8 2 2 2'];

/** The figure's lines: demand with bands, each stock's effective supply with bands, each demand model's median. */
function fanSeries(data: FanData): FanSeries[] {
  const { trajectories: fan } = data;
  return [
    { label: 'demand (largest run)', colour: DEMAND_COLOUR, dash: '', bands: fan.demand, shaded: true },
    ...Object.keys(fan.supply).map((name, s) => ({ label: `${isolate(name)}: supply m·S`, colour: seriesColour(s), dash: seriesDash(s), bands: fan.supply[name], shaded: true })),
    ...(fan.demandByModel ?? []).map((model, m) => ({
      label: `demand: ${DEMAND_MODE_WORDS[model.mode] ?? model.mode} (model ${model.model + 1}, median)`,
      colour: DEMAND_COLOUR,
      dash: MODEL_DASHES[m % MODEL_DASHES.length],
      bands: model.bands,
      shaded: false,
    })),
  ];
}

/** The figure's layout for `width` and a text style: a log token axis spanning every band and run drawn. */
export function fanLayout(data: FanData, width: number, style: ChartStyle): FanLayout {
  const k = styleScale(style);
  const narrow = width < 520 * k;
  const { trajectories: fan } = data;
  const stocks = Object.keys(fan.supply).length;
  const stripRow = 12 * k;
  const margin = { top: 18 * k, right: 16 * k, bottom: 40 * k + stocks * stripRow, left: 60 * k };
  const plotHeight = (narrow ? 230 : 300) * k;
  const series = fanSeries(data);
  const legendItems = [...series.map((s) => ({ label: s.label, colour: s.colour, dash: s.dash, point: '' })), ...(data.runs.length ? [{ label: 'frontier run (text)', colour: INK, dash: '', point: 'filled' }, { label: 'frontier run (multimodal)', colour: INK, dash: '', point: 'hollow' }] : [])];
  const columns = narrow ? 1 : 2;
  const legendRow = 16 * k;
  const height = margin.top + plotHeight + margin.bottom + Math.ceil(legendItems.length / columns) * legendRow + 8 * k;
  const x0 = margin.left;
  const x1 = width - margin.right;
  const plotBottom = margin.top + plotHeight;
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
  return {
    k, width, height, narrow, top: margin.top, plotHeight, plotBottom, x0, x1, stripRow, series, legendItems, columns, legendRow, years, runs, indexOf, style,
    x: scaleLinear().domain([data.fromYear, data.toYear]).range([x0, x1]),
    y: scaleLog().domain([low / 1.5, high * 1.5]).range([plotBottom, margin.top]).nice(),
  };
}
