import type { FanData } from '../fan-chart.js';
import type { Group } from '../chart-frame.js';
import { INK, MUTED_INK } from '../palette.js';
import type { FanLayout } from './fan-layout.js';
import { RUN_RADIUS } from './frontier-run-dots.js';

/** The legend under the figure (one or two columns), and the note of what the bands are at its top right. */
export function fanLegend(root: Group, data: FanData, layout: FanLayout): void {
  const { k, x0, x1, width, columns, legendRow, style } = layout;
  const stocks = Object.keys(data.trajectories.supply).length;
  const legendTop = layout.plotBottom + 30 * k + stocks * layout.stripRow + 26 * k;
  const columnWidth = (width - x0) / columns;
  const radius = RUN_RADIUS * k;
  layout.legendItems.forEach((item, i) => {
    const lx = x0 + (i % columns) * columnWidth;
    const ly = legendTop + Math.floor(i / columns) * legendRow;
    if (item.point) root.append('circle').attr('cx', lx + 11 * k).attr('cy', ly).attr('r', radius).attr('fill', item.point === 'hollow' ? '#ffffff' : INK).attr('stroke', INK).attr('stroke-width', 1.2);
    else root.append('line').attr('x1', lx).attr('x2', lx + 22 * k).attr('y1', ly).attr('y2', ly).attr('stroke', item.colour).attr('stroke-width', 2).attr('stroke-dasharray', item.dash || null);
    root.append('text').attr('x', lx + 28 * k).attr('y', ly + 4 * k).attr('font-size', style.small).attr('fill', INK).text(item.label);
  });
  root.append('text').attr('x', x1).attr('y', layout.top - 5 * k).attr('text-anchor', 'end').attr('font-size', style.small).attr('fill', MUTED_INK).text(`median; 50%, 80%, 90% bands · ${data.trajectories.samplesUsed.toLocaleString('en-US')} paths`);
}
