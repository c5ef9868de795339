// The years of a pick-freeze design (packages/sim/src/engine/event-sensitivity.ts) over one block: the block's
// A samples, its B samples, and for each design input i the A samples with input i's slots taken from B. The
// draws are sampleBlock's (./sample-block.ts drawCorrelated: the program, then the copulas, every input drawn),
// without what-if overrides, as the reference's drawInputs; demand and the crossings then run over the
// recombined columns unchanged.
//
// Regions (packages/sim/src/engine/kernel-memory.ts): designSlots, i32: DESIGN_INPUT_WORDS per input (index of
// its first slot in the slot list that follows, slot count), then the slot list; designColumns, f64: A's value
// columns then B's (slotCount columns each); designYears, f64: per design (A, B, then each input), per stock,
// one years column.

import { COLUMN_BYTES, columnOf } from './block';
import { deriveDemand } from './demand';
import * as L from './layout';
import { intField } from './plan-access';
import * as F from './plan-format';
import { drawCorrelated } from './sample-block';
import { stockCount, valuesAt } from './scenario';
import * as S from './status';
import { blockYears, yearsOf } from './stock-years';

/** Demand and every stock's year of the value columns as they stand, copied to `out`; returns the next `out`. */
function designYearsInto(out: usize, count: usize): usize {
  // Groups the lanes by model again: a swap can change a sample's demand model (the choice is a design input).
  deriveDemand(count);
  blockYears(count);
  for (let s = 0; s < stockCount; s++) {
    memory.copy(out, yearsOf(s), COLUMN_BYTES);
    out += COLUMN_BYTES;
  }
  return out;
}

/** Copies design input `input`'s slot columns from the saved columns at `from` into the value columns. */
function takeInput(slotsAt: usize, inputs: i32, input: i32, from: usize): void {
  const word = slotsAt + (<usize>(input * L.DESIGN_INPUT_WORDS) << 2);
  const listAt = slotsAt + (<usize>(inputs * L.DESIGN_INPUT_WORDS) << 2);
  const firstSlot = load<i32>(word);
  const slots = load<i32>(word, 4);
  for (let k = 0; k < slots; k++) {
    const slot = load<i32>(listAt + (<usize>(firstSlot + k) << 2));
    memory.copy(columnOf(valuesAt, slot), columnOf(from, slot), COLUMN_BYTES);
  }
}

/**
 * The years of the design over A samples [firstA, firstA + n) and B samples [firstB, firstB + n)
 * (n ≤ BLOCK_LANES), `inputs` design inputs, into the designYears region. Returns a status code.
 */
export function designBlock(firstA: u64, firstB: u64, n: i32, inputs: i32): i32 {
  const count = <usize>n;
  const bytes = <usize>intField(F.H_SLOT_COUNT) * COLUMN_BYTES;
  const slotsAt = L.regionAt(L.AT_DESIGN_SLOTS);
  const aAt = L.regionAt(L.AT_DESIGN_COLUMNS);
  const bAt = aAt + bytes;
  let out = L.regionAt(L.AT_DESIGN_YEARS);
  if (!drawCorrelated(firstA, n)) return S.TOO_MANY_DRAWS;
  memory.copy(aAt, valuesAt, bytes);
  out = designYearsInto(out, count);
  if (!drawCorrelated(firstB, n)) return S.TOO_MANY_DRAWS;
  memory.copy(bAt, valuesAt, bytes);
  out = designYearsInto(out, count);
  memory.copy(valuesAt, aAt, bytes);
  for (let i = 0; i < inputs; i++) {
    takeInput(slotsAt, inputs, i, bAt);
    out = designYearsInto(out, count);
    takeInput(slotsAt, inputs, i, aAt);
  }
  return S.OK;
}
