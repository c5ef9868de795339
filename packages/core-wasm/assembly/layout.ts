// The kernel's memory layout: packages/sim/src/engine/kernel-layout-constants.ts, the one description that
// packages/sim's kernel-memory.ts lays the regions out from, imported here by path. TypeScript writes every
// region's address into the address table; the kernel reads them by the AT_ names and computes none.

export {
  ADDRESS_COUNT, AT_COUNTS, AT_DESIGN_COLUMNS, AT_DESIGN_SLOTS, AT_DESIGN_SUMS, AT_DESIGN_YEARS, DESIGN_INPUT_WORDS, AT_DEMAND_TABLE, AT_LN_DEMAND0, AT_LN_REPETITION, AT_OVERRIDE_LIST, AT_OVERRIDES, AT_PLAN, AT_PROGRAM,
  AT_RATE_SCALE, AT_SCALED_RATE, AT_SCHEDULES, AT_SENSITIVITY_ACTIVE, AT_SENSITIVITY_ARRAYS, AT_SENSITIVITY_DENSE,
  AT_SENSITIVITY_DENSE_TOTALS, AT_SENSITIVITY_GUESS, AT_SENSITIVITY_INPUTS, AT_SENSITIVITY_PACKED, AT_SENSITIVITY_SAMPLES,
  AT_STOCK_TABLE, AT_STOCK_YEARS, AT_TABLES, AT_VALUES, AT_YEARS_OUT, BLOCK_DERIVED_COLUMNS, BLOCK_LANES, DEMAND_WORDS,
  OVERRIDE_ENTRY_BYTES, OVERRIDE_RECORD_BYTES, PROGRAM_OP_WORDS, SENSITIVITY_ACTIVE_WORDS, SENSITIVITY_GUESS_CELLS,
  SENSITIVITY_INPUT_FIELDS, SENSITIVITY_PACKED_WORDS, SENSITIVITY_RECORD_WORDS, STOCK_WORDS,
} from '../../sim/src/engine/kernel-layout-constants';

let layoutAt: usize = 0;

/** Sets the address table's own address (the kernel's init). */
export function setLayout(at: usize): void {
  layoutAt = at;
}

/** The byte address of the region at entry `entry` (an AT_ constant) of the address table. */
@inline export function regionAt(entry: i32): usize {
  return <usize>load<i32>(layoutAt + (<usize>entry << 2));
}
