import { select } from 'd3-selection';
import { scaleLinear } from 'd3-scale';
import { area } from 'd3-shape';
import type { DensityCurve } from '../scenario/dist-density.js';

export const SKETCH_WIDTH = 96;
export const SKETCH_HEIGHT = 30;

/** The form's small picture of a distribution's density (a spike for a fixed value, nothing when invalid). */
export function drawDensitySketch(element: SVGSVGElement, curve: DensityCurve | undefined): void {
  const svg = select(element);
  svg.selectAll('*').remove();
  svg.attr('width', SKETCH_WIDTH).attr('height', SKETCH_HEIGHT).attr('viewBox', `0 0 ${SKETCH_WIDTH} ${SKETCH_HEIGHT}`).attr('aria-hidden', 'true');
  const bottom = SKETCH_HEIGHT - 2;
  svg.append('line').attr('x1', 1).attr('x2', SKETCH_WIDTH - 1).attr('y1', bottom).attr('y2', bottom).attr('stroke', '#9a9a9a');
  if (!curve) return;
  if (curve.spike !== undefined) {
    svg.append('line').attr('x1', SKETCH_WIDTH / 2).attr('x2', SKETCH_WIDTH / 2).attr('y1', 3).attr('y2', bottom).attr('stroke', '#0072B2').attr('stroke-width', 2);
    return;
  }
  const peak = Math.max(...curve.ys);
  if (!(peak > 0) || !Number.isFinite(peak)) return;
  const x = scaleLinear().domain([0, curve.xs.length - 1]).range([2, SKETCH_WIDTH - 2]);
  const y = scaleLinear().domain([0, peak]).range([bottom, 3]);
  const shape = area<number>()
    .x((_, i) => x(i))
    .y0(bottom)
    .y1((d) => y(d));
  svg.append('path').attr('d', shape(curve.ys)).attr('fill', '#0072B2').attr('fill-opacity', 0.25).attr('stroke', '#0072B2').attr('stroke-width', 1.2);
}
