// Questions about the plan's slots that init and the what-if overrides ask: where a slot's column is, whether
// its input is fixed (set once for the whole run), and a schedule's single ln-rate column.

import { columnOf } from './block';
import { intField } from './plan-access';
import * as F from './plan-format';
import { valuesAt } from './scenario';

/** The column of slot `slot` (its lane 0: a fixed slot's value). */
@inline export function slotAddress(slot: i32): usize {
  return columnOf(valuesAt, slot);
}

/** Column of a one-segment schedule's ln-rate slot, or 0 when the schedule has breaks. */
export function singleRateAddress(scheduleAt: i32): usize {
  return intField(scheduleAt) == 1 ? slotAddress(intField(scheduleAt + 1)) : 0;
}

/** Whether `slot` is filled by a fixed distribution (so init has set it once for the whole run). */
export function slotIsFixed(slot: i32): bool {
  const stepCount = intField(F.H_STEP_COUNT);
  const stepsAt = intField(F.H_STEPS_AT);
  for (let k = 0; k < stepCount; k++) {
    const at = stepsAt + k * F.STEP_LENGTH;
    if (intField(at) == F.STEP_DIST && intField(at + 1) == slot) return intField(intField(at + 4)) == F.DIST_FIXED;
  }
  return false;
}
