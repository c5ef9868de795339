import { MAX_VARY_POINTS } from './parse-vary.js';
import type { VaryAxis } from './resolve-vary.js';
import type { SlotOverride } from '../model/slot-override.js';
import { inputError } from '../errors/error-catalogue.js';

/** One point of a what-if grid: its value on each axis and the overrides that make it. */
export interface VaryPoint {
  readonly at: readonly number[];
  readonly overrides: readonly SlotOverride[];
}

/**
 * Every point of the grid of one or two axes, the first axis varying slowest. More than MAX_VARY_POINTS
 * points, or two axes on the same input, is bad input naming `flag`.
 */
export function varyGrid(axes: readonly VaryAxis[], flag = '--vary'): VaryPoint[] {
  if (axes.length === 0 || axes.length > 2) throw inputError('varyAxes', flag, axes.length);
  if (axes.length === 2 && axes[0].slot === axes[1].slot) throw inputError('varySameInput', flag, axes[1].path);
  const total = axes.reduce((product, axis) => product * axis.values.length, 1);
  if (total > MAX_VARY_POINTS) {
    throw inputError('varyGridTooBig', flag, total, MAX_VARY_POINTS);
  }
  let points: number[][] = [[]];
  for (const axis of axes) points = points.flatMap((at) => axis.values.map((value) => [...at, value]));
  return points.map((at) => ({
    at,
    overrides: axes.map((axis, k) => ({ slot: axis.slot, op: axis.op, value: at[k], logSpace: axis.logSpace })),
  }));
}
