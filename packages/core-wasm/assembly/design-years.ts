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

/**
 * Adds the pick-freeze sums of the event 1{Y ≤ T} over the design's years of the last block (designBlock, n
 * samples, `inputs` design inputs), as packages/sim/src/summary/pick-freeze.ts addPickFreezeBlock adds them
 * over the indicators. The designSums region holds, f64: T per stock, then Σ(f(A) + f(B)) and Σ(f(A)² + f(B)²)
 * per stock, then first, first², total and total² per cell (stock · inputs + input). Every term is an integer,
 * so each sum is exact and the same in whatever order its terms are added.
 */
export function addDesignSums(n: i32, inputs: i32): void {
  const count = <usize>n;
  const stocks = <usize>stockCount;
  const cells = stocks * <usize>inputs;
  const yearsAt = L.regionAt(L.AT_DESIGN_YEARS);
  const byAt = L.regionAt(L.AT_DESIGN_SUMS);
  const sumAt = byAt + (stocks << 3);
  const sum2At = sumAt + (stocks << 3);
  const firstAt = sum2At + (stocks << 3);
  const first2At = firstAt + (cells << 3);
  const totalAt = first2At + (cells << 3);
  const total2At = totalAt + (cells << 3);
  for (let o: usize = 0; o < stocks; o++) {
    const by = load<f64>(byAt + (o << 3));
    const a = yearsAt + o * COLUMN_BYTES;
    const b = yearsAt + (stocks + o) * COLUMN_BYTES;
    let sum: f64 = 0;
    let sum2: f64 = 0;
    for (let j: usize = 0; j < count; j++) {
      const fA: f64 = load<f64>(a + (j << 3)) <= by ? 1 : 0;
      const fB: f64 = load<f64>(b + (j << 3)) <= by ? 1 : 0;
      sum += fA + fB;
      sum2 += fA * fA + fB * fB;
    }
    store<f64>(sumAt + (o << 3), load<f64>(sumAt + (o << 3)) + sum);
    store<f64>(sum2At + (o << 3), load<f64>(sum2At + (o << 3)) + sum2);
    for (let i: usize = 0; i < <usize>inputs; i++) {
      const k = (o * <usize>inputs + i) << 3;
      const ab = yearsAt + ((2 + i) * stocks + o) * COLUMN_BYTES;
      let first: f64 = 0;
      let first2: f64 = 0;
      let total: f64 = 0;
      let total2: f64 = 0;
      for (let j: usize = 0; j < count; j++) {
        const fA: f64 = load<f64>(a + (j << 3)) <= by ? 1 : 0;
        const fB: f64 = load<f64>(b + (j << 3)) <= by ? 1 : 0;
        const fAB: f64 = load<f64>(ab + (j << 3)) <= by ? 1 : 0;
        const firstTerm = fB * (fAB - fA);
        const totalTerm = (fA - fAB) * (fA - fAB);
        first += firstTerm;
        first2 += firstTerm * firstTerm;
        total += totalTerm;
        total2 += totalTerm * totalTerm;
      }
      store<f64>(firstAt + k, load<f64>(firstAt + k) + first);
      store<f64>(first2At + k, load<f64>(first2At + k) + first2);
      store<f64>(totalAt + k, load<f64>(totalAt + k) + total);
      store<f64>(total2At + k, load<f64>(total2At + k) + total2);
    }
  }
}
