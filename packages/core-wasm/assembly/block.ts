// The kernel works on blocks of up to BLOCK_LANES samples, structure of arrays: every slot of the plan's value
// vector is a column of BLOCK_LANES f64 (sample `lane` of the block at lane · 8), and each step of a sample's
// computation (draws, demand, each stock's crossing, binning) runs over the whole block before the next.

import { BLOCK_LANES } from './layout';
export { BLOCK_LANES };
/** Bytes of one slot's column. */
export const COLUMN_BYTES: usize = <usize>BLOCK_LANES << 3;

/** Byte address of slot `slot`'s column in the value columns at `valuesAt`. */
@inline export function columnOf(valuesAt: usize, slot: i32): usize {
  return valuesAt + <usize>slot * COLUMN_BYTES;
}
