import type { Group } from '../chart-frame.js';
import { INK } from '../palette.js';
import type { FanLayout } from './fan-layout.js';

/** Radius of a frontier run's dot (and its legend symbol), for 12 px text. */
export const RUN_RADIUS = 3.2;

/** Historical frontier runs as dots: filled for text-only training sets, hollow where images and video count. */
export function frontierRunDots(plot: Group, layout: FanLayout): void {
  const { x, y, k } = layout;
  for (const run of layout.runs) {
    plot.append('circle').attr('cx', x(run.year)).attr('cy', y(run.tokens)).attr('r', RUN_RADIUS * k).attr('fill', run.multimodal ? '#ffffff' : INK).attr('stroke', INK).attr('stroke-width', 1.2).attr('data-run', run.multimodal ? 'multimodal' : 'text');
  }
}
