import type { TrajectoriesResult } from '@horizon/sim/internal';
import type { Tooltip } from './tooltip.js';
import { resetSvg, type Group } from './chart-frame.js';
import { SCREEN_STYLE, type ChartStyle } from './chart-style.js';
import type { FrontierRun } from './frontier-runs.js';
import { drawFanGhost, ghostKey } from '../baseline/ghost-marks.js';
import { fanLayout } from './marks/fan-layout.js';
import { fanAxes } from './marks/fan-axes.js';
import { fanBands } from './marks/fan-bands.js';
import { fanMedians } from './marks/fan-medians.js';
import { frontierRunDots } from './marks/frontier-run-dots.js';
import { exhaustionMarks } from './marks/exhaustion-marks.js';
import { fanLegend } from './marks/fan-legend.js';
import { fanCursor } from './marks/fan-cursor.js';

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

/**
 * Demand (tokens of the largest run's training set) against each stock's effective supply m·S per year on a
 * log axis, the published figure of the data-stock papers: exact per-year medians as lines; 50%, 80% and 90%
 * bands shaded; with a mixture of demand models, each model's median dashed; each stock's exhaustion year
 * (median and 80% interval) marked on the time axis; historical frontier runs as points, multimodal ones
 * hollow. Arrow keys move a year cursor whose values the tooltip shows. Each part is a mark of its own
 * (charts/marks/), drawn in this order; bands, medians and runs are clipped to the plot.
 */
export function drawFanChart(element: SVGSVGElement, data: FanData, width: number, tooltip: Tooltip, style: ChartStyle = SCREEN_STYLE): void {
  const layout = fanLayout(data, width, style);
  const { k, x0, x1, top, plotHeight } = layout;
  const stocks = Object.keys(data.trajectories.supply).length;
  const svg = resetSvg(element, width, layout.height, `Demand against the effective supply of ${stocks} stock${stocks === 1 ? '' : 's'}, tokens by year, ${data.fromYear}–${data.toYear}`, style);
  const root = svg.append('g') as unknown as Group;
  fanAxes(root, data, layout);
  // One fan chart per document (the page's, or an export's own SVG), so a fixed id is unique.
  const clip = `${element.id || 'figure'}-clip`;
  svg.append('defs').append('clipPath').attr('id', clip).append('rect').attr('x', x0).attr('y', top).attr('width', x1 - x0).attr('height', plotHeight);
  const plot = root.append('g').attr('clip-path', `url(#${clip})`) as unknown as Group;
  fanBands(plot, layout);
  if (data.ghost) {
    drawFanGhost(plot, data.ghost.trajectories, data.fromYear, data.toYear, layout.x, layout.y);
    ghostKey(root, x0 + 8 * k, top + 14 * k, data.ghost.label, style.small);
  }
  fanMedians(plot, layout);
  frontierRunDots(plot, layout);
  exhaustionMarks(root, data, layout);
  fanLegend(root, data, layout);
  fanCursor(element, root, data, layout, tooltip);
}
