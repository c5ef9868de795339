import type { Tooltip } from './tooltip.js';
import { resetSvg, type Group } from './chart-frame.js';
import type { CdfData } from './cdf-series.js';
import { SCREEN_STYLE, type ChartStyle } from './chart-style.js';
import { drawCdfGhost, ghostKey } from '../baseline/ghost-marks.js';
import { cdfLayout } from './marks/cdf-layout.js';
import { cdfAxes } from './marks/cdf-axes.js';
import { cdfCurves } from './marks/cdf-curves.js';
import { medianStrip } from './marks/median-strip.js';
import { neverPanel } from './marks/never-panel.js';
import { cdfCursor } from './marks/cdf-cursor.js';

/**
 * The exhaustion-year CDF of every stock on one chart: P(stock exhausted by year) against the year, with each
 * stock's median and 80% interval marked in a strip above the plot, and P(never by the horizon) in a panel at
 * the right, where each curve's missing mass is drawn up to 100% so it is seen, not hidden. Each part is a
 * mark of its own (charts/marks/), drawn in this order.
 */
export function drawCdfChart(element: SVGSVGElement, data: CdfData, width: number, tooltip: Tooltip, style: ChartStyle = SCREEN_STYLE, ghost?: { data: CdfData; label: string }): void {
  const layout = cdfLayout(data, width, style);
  const stocks = data.series.length;
  const svg = resetSvg(element, width, layout.height, `Exhaustion-year CDF of ${stocks} stock${stocks === 1 ? '' : 's'}`, style);
  const root = svg.append('g') as unknown as Group;
  cdfAxes(root, data, layout);
  // A pinned baseline (src/baseline/) in grey under the current curves, with its key at the foot of the plot.
  if (ghost) {
    drawCdfGhost(root, ghost.data, layout.x, layout.y, data.axisEndYear);
    ghostKey(root, layout.x0 + 8 * layout.k, layout.top + layout.plotHeight - 8 * layout.k, ghost.label, style.small);
  }
  cdfCurves(root, data, layout);
  medianStrip(root, data, layout);
  neverPanel(root, data, layout);
  cdfCursor(element, root, data, layout, tooltip);
}
