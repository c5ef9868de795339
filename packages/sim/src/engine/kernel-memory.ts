import { H_BINS, H_DEMAND_COUNT, H_SLOT_COUNT, H_STEP_COUNT, H_STOCK_COUNT } from './encode-plan.js';
import {
  ADDRESS_COUNT, AT_COUNTS, AT_DEMAND_TABLE, AT_LN_DEMAND0, AT_LN_REPETITION, AT_OVERRIDE_LIST, AT_OVERRIDES, AT_PLAN, AT_PROGRAM,
  AT_RATE_SCALE, AT_SCALED_RATE, AT_SCHEDULES, AT_SENSITIVITY_ACTIVE, AT_SENSITIVITY_ARRAYS, AT_SENSITIVITY_DENSE,
  AT_SENSITIVITY_DENSE_TOTALS, AT_SENSITIVITY_GUESS, AT_SENSITIVITY_INPUTS, AT_SENSITIVITY_PACKED, AT_SENSITIVITY_SAMPLES,
  AT_STOCK_TABLE, AT_STOCK_YEARS, AT_TABLES, AT_VALUES, AT_YEARS_OUT, BLOCK_DERIVED_COLUMNS, BLOCK_LANES, DEMAND_WORDS,
  AT_DESIGN_COLUMNS, AT_DESIGN_SLOTS, AT_DESIGN_SUMS, AT_DESIGN_YEARS, DESIGN_INPUT_WORDS,
  OVERRIDE_ENTRY_BYTES, OVERRIDE_RECORD_BYTES, PROGRAM_OP_WORDS, REGION_ALIGN, SENSITIVITY_ACTIVE_WORDS, SENSITIVITY_GUESS_CELLS,
  SENSITIVITY_INPUT_FIELDS, SENSITIVITY_PACKED_WORDS, SENSITIVITY_RECORD_WORDS, STOCK_WORDS, ZIGGURAT_TABLE_F64,
} from './kernel-layout-constants.js';

/**
 * The kernel's linear memory, region by region, from the sizes of ./kernel-layout-constants.ts, the one
 * description both sides read. TypeScript lays every region out here, the kernel's private scratch included,
 * and writes each region's address into the address table at the start (`addresses`, indexed by the AT_
 * constants); the kernel's init reads them from there and computes none. All regions start at 16-byte
 * boundaries above the module's own static data (`heapBase()`, which holds AssemblyScript's math tables); the
 * stub runtime's allocator is never called. The whole size is known before the run, so memory grows once,
 * before `init`, and every typed-array view is made after that growth.
 *
 * | region | type | length | written by | meaning |
 * | --- | --- | --- | --- | --- |
 * | addresses | i32 | ADDRESS_COUNT | TS, once | each region's byte address, by the AT_ constants |
 * | tables | f64 | 129 + 128 + 129 | TS, once | ziggurat x, ratio, f (normal-ziggurat.ts) |
 * | plan | f64 | encoded plan length | TS, once | encode-plan.ts |
 * | values | f64 | slotCount × BLOCK_LANES | kernel | a block's value columns; fixed slots set by init |
 * | program | i32 | PROGRAM_OP_WORDS × steps | kernel | the draw ops (packages/core-wasm/assembly/program.ts) |
 * | demandTable, stockTable | i32 | DEMAND_WORDS × models, STOCK_WORDS × stocks | kernel | column addresses, hoisted exponents (the kernel's init) |
 * | lnDemand0 … lnRepetition | f64 | BLOCK_LANES each | kernel | a block's ln demand, rate scale, scaled rate, ln m |
 * | stockYears | f64 | stocks × BLOCK_LANES | kernel | a block's exhaustion years, a column per stock |
 * | schedules | i32 | BLOCK_LANES | kernel | a block's demand schedules (plan indices) |
 * | counts | u32 | stocks × (2 + bins) | kernel | per stock: already, never, bins[bins] |
 * | yearsOut | f64 | yearsCapacity × stocks | kernel | test hook: per-sample years, sample-major |
 * | overrides, overrideList | f64; i32, i32, f64 | slotCount × 4 f64; slotCount × 16 bytes | TS; kernel | what-if overrides (model/slot-override.ts) and the kernel's compiled list |
 * | sensitivityInputs | f64 | inputs × SENSITIVITY_INPUT_FIELDS | TS | slot, edge count, 63 edges, NaN padding |
 * | sensitivityActive | i32 | inputs × SENSITIVITY_ACTIVE_WORDS | kernel | inputs that are not fixed: column, edges, record offset, search kind, cell table, steps, f64 scale |
 * | sensitivityArrays | f64 | 4 × cells + 2 × stocks | kernel | what TS reads after each block: count, never, blockQ, blockQ2 [cells], blockTotalQ, blockTotalQ2 [stocks] |
 * | sensitivityDense | i64 | inputs × bins × 3 × stocks | kernel | per input and bin, per stock (count · 2^32 + never, Σq, Σq²) |
 * | sensitivityDenseTotals | i64 | 2 × stocks | kernel | Σq, Σq² per stock |
 * | sensitivityPacked | i64 | inputs × bins × 2 × stocks | kernel | per input and bin, per stock (count · 2^42 + never · 2^29 + Σq, Σq²) over at most 4,096 samples |
 * | sensitivitySamples | i64 | stocks × BLOCK_LANES × 2 | kernel | the block's samples per stock, packed alike |
 * | sensitivityGuess | u8 | inputs × SENSITIVITY_GUESS_CELLS | kernel | each input's cell table (edges below each cell) |
 * | designSlots | i32 | design inputs × DESIGN_INPUT_WORDS + design slots | TS | per design input its first index in the slot list and its slot count, then the slot list |
 * | designColumns | f64 | 2 × slotCount × BLOCK_LANES | kernel | a block's A value columns, then its B columns |
 * | designYears | f64 | (2 + design inputs) × stocks × BLOCK_LANES | kernel | years of A, B and A with each input from B, a column per stock |
 * | designSums | f64 | stocks × (3 + 4 × design inputs) | TS; kernel | per stock the event's year T (TS), then the event's pick-freeze sums (kernel; packages/core-wasm/assembly/design-years.ts) |
 *
 * The sensitivity regions are empty when the section is off (cells = stocks × inputs × SENSITIVITY_BINS;
 * packages/core-wasm/assembly/sections.ts); the design regions are empty without a design
 * (packages/core-wasm/assembly/design-years.ts).
 */
export interface KernelMemoryLayout {
  /** The address table's own address (the kernel's init takes it). */
  readonly layoutAt: number;
  /** Each region's byte address, by the AT_ constants of kernel-layout-constants.ts. */
  readonly addresses: Int32Array;
  /** Every region, in address order: name, byte address and byte length. */
  readonly regions: readonly KernelRegion[];
  readonly tablesAt: number;
  readonly planAt: number;
  readonly valuesAt: number;
  /** Bytes of one slot's column of values (the samples of a block). */
  readonly columnBytes: number;
  readonly countsAt: number;
  /** u32 counts per stock: already, never, then the bins. */
  readonly countsPerStock: number;
  readonly yearsAt: number;
  /** Samples the years region holds. */
  readonly yearsCapacity: number;
  /** The optional sensitivity section's input table (0 when off) and its accumulators' addresses. */
  readonly sensitivityAt: number;
  readonly sensitivityCells: number;
  /** Byte addresses of count, never, blockQ, blockQ2 (cells each), blockTotalQ, blockTotalQ2 (stocks each). */
  readonly sensitivityArraysAt: number;
  /** What-if overrides: up to slotCount records written by TS, then the kernel's compiled list. */
  readonly overridesAt: number;
  readonly overrideListAt: number;
  /** The pick-freeze design's slot table, its years and its event sums (0 without a design). */
  readonly designSlotsAt: number;
  readonly designYearsAt: number;
  readonly designSumsAt: number;
  /** Bytes of memory the run needs, from address 0. */
  readonly byteLength: number;
}

/** One region of the layout. */
export interface KernelRegion {
  readonly name: string;
  readonly at: number;
  readonly bytes: number;
}

/** Bytes per what-if override record (4 f64: slot, op, value, log-space). */
export const OVERRIDE_BYTES = OVERRIDE_RECORD_BYTES;
export { SENSITIVITY_INPUT_FIELDS, BLOCK_LANES };

/** Sizes of the optional section: sensitivity inputs × bins (0 when off), and the optional pick-freeze design. */
export interface SectionSizes {
  readonly sensitivityInputs: number;
  readonly sensitivityBins: number;
  /** The design's inputs and the slots they hold in all (engine/design-inputs.ts); absent: no design regions. */
  readonly design?: { readonly inputs: number; readonly slots: number };
}

const NO_SECTIONS: SectionSizes = { sensitivityInputs: 0, sensitivityBins: 0 };

const align = (address: number): number => Math.ceil(address / REGION_ALIGN) * REGION_ALIGN;

/** Lays out the regions above `heapBase` for an encoded plan. */
export function kernelMemoryLayout(heapBase: number, encodedPlan: Float64Array, yearsCapacity: number, sections: SectionSizes = NO_SECTIONS): KernelMemoryLayout {
  const slotCount = encodedPlan[H_SLOT_COUNT];
  const stockCount = encodedPlan[H_STOCK_COUNT];
  const countsPerStock = 2 + encodedPlan[H_BINS];
  const inputs = sections.sensitivityInputs;
  const cells = stockCount * inputs * sections.sensitivityBins;
  const columnBytes = BLOCK_LANES * 8;
  const regions: KernelRegion[] = [];
  const addresses = new Int32Array(ADDRESS_COUNT);
  let end = align(heapBase);
  const region = (name: string, entry: number, bytes: number): number => {
    const at = align(end);
    regions.push({ name, at, bytes });
    if (entry >= 0) addresses[entry] = at;
    end = at + bytes;
    return at;
  };
  const layoutAt = region('addresses', -1, ADDRESS_COUNT * 4);
  const tablesAt = region('tables', AT_TABLES, ZIGGURAT_TABLE_F64 * 8);
  const planAt = region('plan', AT_PLAN, encodedPlan.length * 8);
  const valuesAt = region('values', AT_VALUES, slotCount * columnBytes);
  region('program', AT_PROGRAM, encodedPlan[H_STEP_COUNT] * PROGRAM_OP_WORDS * 4);
  region('demandTable', AT_DEMAND_TABLE, encodedPlan[H_DEMAND_COUNT] * DEMAND_WORDS * 4);
  region('stockTable', AT_STOCK_TABLE, stockCount * STOCK_WORDS * 4);
  const derived = [AT_LN_DEMAND0, AT_RATE_SCALE, AT_SCALED_RATE, AT_LN_REPETITION];
  const derivedNames = ['lnDemand0', 'rateScale', 'scaledRate', 'lnRepetition'];
  derived.slice(0, BLOCK_DERIVED_COLUMNS).forEach((entry, k) => region(derivedNames[k], entry, columnBytes));
  region('stockYears', AT_STOCK_YEARS, stockCount * columnBytes);
  region('schedules', AT_SCHEDULES, BLOCK_LANES * 4);
  const countsAt = region('counts', AT_COUNTS, stockCount * countsPerStock * 4);
  const yearsAt = region('yearsOut', AT_YEARS_OUT, yearsCapacity * stockCount * 8);
  const overridesAt = region('overrides', AT_OVERRIDES, slotCount * OVERRIDE_RECORD_BYTES);
  const overrideListAt = region('overrideList', AT_OVERRIDE_LIST, slotCount * OVERRIDE_ENTRY_BYTES);
  const sensitivityAt = region('sensitivityInputs', AT_SENSITIVITY_INPUTS, inputs * SENSITIVITY_INPUT_FIELDS * 8);
  region('sensitivityActive', AT_SENSITIVITY_ACTIVE, inputs * SENSITIVITY_ACTIVE_WORDS * 4);
  const sensitivityArraysAt = region('sensitivityArrays', AT_SENSITIVITY_ARRAYS, inputs > 0 ? (4 * cells + 2 * stockCount) * 8 : 0);
  region('sensitivityDense', AT_SENSITIVITY_DENSE, cells * SENSITIVITY_RECORD_WORDS * 8);
  region('sensitivityDenseTotals', AT_SENSITIVITY_DENSE_TOTALS, inputs > 0 ? 2 * stockCount * 8 : 0);
  region('sensitivityPacked', AT_SENSITIVITY_PACKED, cells * SENSITIVITY_PACKED_WORDS * 8);
  region('sensitivitySamples', AT_SENSITIVITY_SAMPLES, inputs > 0 ? stockCount * BLOCK_LANES * SENSITIVITY_PACKED_WORDS * 8 : 0);
  region('sensitivityGuess', AT_SENSITIVITY_GUESS, inputs * SENSITIVITY_GUESS_CELLS);
  const { design } = sections;
  const designSlotsAt = region('designSlots', AT_DESIGN_SLOTS, design ? (design.inputs * DESIGN_INPUT_WORDS + design.slots) * 4 : 0);
  region('designColumns', AT_DESIGN_COLUMNS, design ? 2 * slotCount * columnBytes : 0);
  const designYearsAt = region('designYears', AT_DESIGN_YEARS, design ? (2 + design.inputs) * stockCount * columnBytes : 0);
  const designSumsAt = region('designSums', AT_DESIGN_SUMS, design ? stockCount * (3 + 4 * design.inputs) * 8 : 0);
  return {
    layoutAt, addresses, regions, tablesAt, planAt, valuesAt, columnBytes, countsAt, countsPerStock, yearsAt, yearsCapacity, overridesAt, overrideListAt,
    sensitivityAt: inputs > 0 ? sensitivityAt : 0,
    sensitivityCells: cells,
    sensitivityArraysAt,
    designSlotsAt: design ? designSlotsAt : 0,
    designYearsAt: design ? designYearsAt : 0,
    designSumsAt: design ? designSumsAt : 0,
    byteLength: align(end),
  };
}
