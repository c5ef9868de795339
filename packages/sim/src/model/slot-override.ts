import { portableLog } from '../math/portable-math.js';

/**
 * A per-sample change of one slot of the plan: `set` writes the value, `scale` multiplies every draw by it.
 * What-if sweeps (whatif/vary-grid.ts) build these; every engine applies them the same way.
 */
export interface SlotOverride {
  readonly slot: number;
  readonly op: 'set' | 'scale';
  /** The natural value or factor; an engine takes the log itself for a log-space slot. */
  readonly value: number;
  readonly logSpace: boolean;
}

/** Applies overrides to a drawn slot vector, as the kernel does (ln of the value or factor for log slots). */
export function applyOverrides(overrides: readonly SlotOverride[], values: Float64Array): void {
  for (const { slot, op, value, logSpace } of overrides) {
    if (op === 'set') values[slot] = logSpace ? portableLog(value) : value;
    else if (logSpace) values[slot] += portableLog(value);
    else values[slot] *= value;
  }
}
