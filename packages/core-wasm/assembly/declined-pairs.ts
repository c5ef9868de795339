// The pairs of lanes a two-lane column loop (./vector-math.ts) leaves to the scalar function: the loop notes
// each pair's address and its values as they were, and after the loop the scalar function writes the pair.
// Noting (a branch taken rarely, two stores) keeps calls out of the loop. A loop notes at most
// MAX_DECLINED_PAIRS pairs, so the column loops run over at most 2 · MAX_DECLINED_PAIRS lanes between fix-ups.

import { BLOCK_LANES } from './block';

/** Pairs noted between two clearDeclined: a block's lanes. */
export const MAX_DECLINED_PAIRS: usize = <usize>BLOCK_LANES >> 1;
/** The lanes a column loop runs over between fix-ups. */
export const DECLINED_CHUNK_LANES: usize = MAX_DECLINED_PAIRS << 1;

/** Each noted pair's values (v128). */
const valuesAt: usize = memory.data(<i32>(MAX_DECLINED_PAIRS << 4), 16);
/** Each noted pair's byte address (i32). */
const addressesAt: usize = memory.data(<i32>(MAX_DECLINED_PAIRS << 2), 16);
let count: i32 = 0;

/** Forgets the noted pairs (before a loop). */
@inline export function clearDeclined(): void {
  count = 0;
}

/** Notes the pair at byte address `at`, whose values are `x`. */
@inline export function noteDeclined(at: usize, x: v128): void {
  v128.store(valuesAt + (<usize>count << 4), x);
  store<i32>(addressesAt + (<usize>count << 2), <i32>at);
  count++;
}

/** Pairs noted since clearDeclined. */
@inline export function declinedCount(): i32 {
  return count;
}

/** The values of the k-th noted pair. */
@inline export function declinedValue(k: i32): v128 {
  return v128.load(valuesAt + (<usize>k << 4));
}

/** The byte address of the k-th noted pair. */
@inline export function declinedAt(k: i32): usize {
  return <usize>load<i32>(addressesAt + (<usize>k << 2));
}
