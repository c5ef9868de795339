// The what-if overrides applied to every sample (packages/sim/src/model/slot-override.ts). setOverrides reads
// TypeScript's records (4 f64 each in the overrides region: slot, op 0 set / 1 scale, natural value or factor,
// log-space 0/1). A set writes the value (its ln for a log-space slot), a scale multiplies every draw (adds
// the factor's ln). Fixed slots are changed once, after restoring their values; the others after each
// block's draws, from the compiled list (the overrideList region: i32 column, i32 op, f64 amount).

import { COLUMN_BYTES } from './block';
import { intField } from './plan-access';
import * as L from './layout';
import * as F from './plan-format';
import { writeFixedSlots } from './program';
import { valuesAt } from './scenario';
import { slotAddress, slotIsFixed } from './slots';

const OVERRIDE_SET: i32 = 0;
const OVERRIDE_SCALE: i32 = 1;
const OVERRIDE_SCALE_LN: i32 = 2;

let overridesAt: usize = 0;
let overrideCount: i32 = 0;

/** No overrides (init). */
export function clearOverrides(): void {
  overrideCount = 0;
}

/** Reads `count` override records: changes fixed slots now and compiles the list for the others. */
export function readOverrides(count: i32): void {
  const tableAt = L.regionAt(L.AT_OVERRIDES);
  const listAt = L.regionAt(L.AT_OVERRIDE_LIST);
  writeFixedSlots(valuesAt, intField(F.H_STEPS_AT), intField(F.H_STEP_COUNT));
  overridesAt = listAt;
  overrideCount = 0;
  for (let k = 0; k < count; k++) {
    const record = tableAt + <usize>(k * L.OVERRIDE_RECORD_BYTES);
    const slot = <i32>load<f64>(record);
    const scale = load<f64>(record, 8) != 0;
    const logSpace = load<f64>(record, 24) != 0;
    const amount = logSpace ? Math.log(load<f64>(record, 16)) : load<f64>(record, 16);
    const op = !scale ? OVERRIDE_SET : logSpace ? OVERRIDE_SCALE_LN : OVERRIDE_SCALE;
    if (slotIsFixed(slot)) {
      const column = slotAddress(slot);
      for (let lane: usize = 0; lane < COLUMN_BYTES; lane += 8) applyOverride(column + lane, op, amount);
    } else {
      const entry = listAt + <usize>(overrideCount * L.OVERRIDE_ENTRY_BYTES);
      store<i32>(entry, <i32>slotAddress(slot));
      store<i32>(entry, op, 4);
      store<f64>(entry, amount, 8);
      overrideCount++;
    }
  }
}

/** Applies the compiled list to the block's first `count` samples (after their draws and copulas). */
export function overrideBlock(count: usize): void {
  for (let k = 0; k < overrideCount; k++) {
    const entry = overridesAt + <usize>(k * L.OVERRIDE_ENTRY_BYTES);
    const column = <usize>load<i32>(entry);
    const op = load<i32>(entry, 4);
    const amount = load<f64>(entry, 8);
    for (let i: usize = 0; i < count; i++) applyOverride(column + (i << 3), op, amount);
  }
}

@inline function applyOverride(address: usize, op: i32, amount: f64): void {
  if (op == OVERRIDE_SET) store<f64>(address, amount);
  else if (op == OVERRIDE_SCALE_LN) store<f64>(address, load<f64>(address) + amount);
  else store<f64>(address, load<f64>(address) * amount);
}

/** Whether an override of the compiled list changes the column at `column` after each block's draws. */
export function overridden(column: usize): bool {
  for (let k = 0; k < overrideCount; k++) if (<usize>load<i32>(overridesAt + <usize>(k * L.OVERRIDE_ENTRY_BYTES)) == column) return true;
  return false;
}
