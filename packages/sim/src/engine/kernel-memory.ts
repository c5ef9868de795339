import { ZIGGURAT_LAYERS } from '../random/normal-ziggurat.js';
import { H_BINS, H_DEMAND_COUNT, H_SLOT_COUNT, H_STEP_COUNT, H_STOCK_COUNT } from './encode-plan.js';

/**
 * The kernel's linear memory, region by region. All regions start at 16-byte boundaries above the module's
 * own static data (`heapBase()`, which holds AssemblyScript's math tables); the stub runtime's allocator is
 * never called. The whole size is known before the run, so memory grows once, before `init`, and every
 * typed-array view is made after that growth.
 *
 * | region  | type | length                                  | written by | meaning                                  |
 * | ------- | ---- | --------------------------------------- | ---------- | ---------------------------------------- |
 * | tables  | f64  | 129 + 128 + 129                         | TS, once   | ziggurat x, ratio, f (normal-ziggurat.ts) |
 * | plan    | f64  | encoded plan length                     | TS, once   | encode-plan.ts                           |
 * | values  | f64  | slotCount × 256                         | kernel     | a block's value columns, 256 samples each; fixed slots set by init |
 * | program | i32  | 6/step + 16/demand + 4/stock            | kernel     | draw ops, column addresses (see init)    |
 * | block   | f64  | (4 + stockCount) × 256, then 256 i32    | kernel     | a block's derived demand and years (see init) |
 * | counts  | u32  | stockCount × (2 + bins)                 | kernel     | per stock: already, never, bins[bins]    |
 * | years   | f64  | yearsCapacity × stockCount              | kernel     | test hook: per-sample years, sample-major |
 * | overrides | f64 | slotCount × 4, then slotCount × 16 bytes (at the end) | TS, kernel | what-if overrides (model/slot-override.ts) |
 * | sensitivity  | f64 | inputs × 66, then 8 i32 × inputs (16-aligned), then 4 × cells + 2 × stocks f64, then
 *   (16-aligned) inputs × bins × 3 × stocks + 2 × stocks + 3 × stocks × 256 i64, then 256 u8 ×
 *   inputs, then 256 u32 | TS: input table (slot,
 *   edge count, 63 edges, NaN padding); kernel: the table of inputs that are not fixed (value address, edges
 *   address, record offset, search kind, guess table address, f64 guess scale), the f64 arrays TS reads after each block (count, never, blockQ, blockQ2 [cells],
 *   blockTotalQ, blockTotalQ2 [stocks]), then the dense i64 accumulators the samples add into: per input and
 *   bin one record of (count · 2^32 + never, Σq, Σq²) per stock, Σq and Σq² per stock, the block's 256
 *   samples (3 i64 rows per stock), then each input's bin guess table, then the
 *   pending samples' record offsets for one input (optional; cells = stocks × inputs × SENSITIVITY_BINS; see
 *   packages/core-wasm/assembly/sections.ts)
 */
export interface KernelMemoryLayout {
  readonly tablesAt: number;
  readonly planAt: number;
  readonly valuesAt: number;
  /** Bytes of one slot's column of values (samples of a block). */
  readonly columnBytes: number;
  readonly programAt: number;
  readonly blockAt: number;
  readonly countsAt: number;
  /** u32 counts per stock: already, never, then the bins. */
  readonly countsPerStock: number;
  readonly yearsAt: number;
  /** Samples the years region holds. */
  readonly yearsCapacity: number;
  /** The optional sensitivity section's region (0 when off) and its accumulators' addresses. */
  readonly sensitivityAt: number;
  readonly sensitivityCells: number;
  /** Byte addresses of count, never, blockQ, blockQ2 (cells each), blockTotalQ, blockTotalQ2 (stocks each). */
  readonly sensitivityArraysAt: number;
  /** What-if overrides: up to slotCount records written by TS, then the kernel's compiled list. */
  readonly overridesAt: number;
  readonly overrideListAt: number;
  /** Bytes of memory the run needs, from address 0. */
  readonly byteLength: number;
}

/** i32 words of the program region per step, demand model and stock (packages/core-wasm/assembly). */
const WORDS_PER_STEP = 6;
const WORDS_PER_DEMAND = 16;
const WORDS_PER_STOCK = 4;
/** Samples of a block (packages/core-wasm/assembly/block.ts BLOCK_LANES). */
export const BLOCK_LANES = 256;
/** Columns of the block region ahead of the stocks' years: ln demand, rate scale, scaled rate, ln repetition. */
const BLOCK_DERIVED_COLUMNS = 4;
const ALIGN = 16;
const align = (address: number): number => Math.ceil(address / ALIGN) * ALIGN;

/** Bytes per input of the kernel's table of inputs that are not fixed (8 i32, sections.ts ACTIVE_WORDS). */
const SENSITIVITY_ACTIVE_BYTES = 32;
/** Bytes per input of the kernel's bin guess tables (sections.ts GUESS_CELLS). */
const SENSITIVITY_GUESS_BYTES = 256;
/** Samples the kernel adds to the sensitivity cells at a time (sections.ts CHUNK, one block). */
const SENSITIVITY_CHUNK = BLOCK_LANES;

/** Bytes per what-if override record (4 f64: slot, op, value, log-space) and per kernel list entry. */
export const OVERRIDE_BYTES = 32;
const OVERRIDE_LIST_BYTES = 16;

/** f64 fields per sensitivity input: slot, edge count, up to 63 edges, NaN padding (sections.ts INPUT_FIELDS). */
export const SENSITIVITY_INPUT_FIELDS = 66;

/** Sizes of the optional section: sensitivity inputs × bins (0 when off). */
export interface SectionSizes {
  readonly sensitivityInputs: number;
  readonly sensitivityBins: number;
}

const NO_SECTIONS: SectionSizes = { sensitivityInputs: 0, sensitivityBins: 0 };

/** Lays out the regions above `heapBase` for an encoded plan. */
export function kernelMemoryLayout(heapBase: number, encodedPlan: Float64Array, yearsCapacity: number, sections: SectionSizes = NO_SECTIONS): KernelMemoryLayout {
  const slotCount = encodedPlan[H_SLOT_COUNT];
  const demandCount = encodedPlan[H_DEMAND_COUNT];
  const stockCount = encodedPlan[H_STOCK_COUNT];
  const countsPerStock = 2 + encodedPlan[H_BINS];
  const tablesAt = align(heapBase);
  const planAt = align(tablesAt + (3 * ZIGGURAT_LAYERS + 2) * 8);
  const valuesAt = align(planAt + encodedPlan.length * 8);
  const columnBytes = BLOCK_LANES * 8;
  const programAt = align(valuesAt + slotCount * columnBytes);
  const programWords = encodedPlan[H_STEP_COUNT] * WORDS_PER_STEP + demandCount * WORDS_PER_DEMAND + stockCount * WORDS_PER_STOCK;
  const blockAt = align(programAt + programWords * 4);
  const countsAt = align(blockAt + (BLOCK_DERIVED_COLUMNS + stockCount) * columnBytes + BLOCK_LANES * 4);
  const yearsAt = align(countsAt + stockCount * countsPerStock * 4);
  const sensitivityCells = stockCount * sections.sensitivityInputs * sections.sensitivityBins;
  const sensitivityAt = align(yearsAt + yearsCapacity * stockCount * 8);
  const sensitivityArraysAt = align(sensitivityAt + sections.sensitivityInputs * (SENSITIVITY_INPUT_FIELDS * 8 + SENSITIVITY_ACTIVE_BYTES));
  const sensitivityDenseAt = align(sensitivityArraysAt + (4 * sensitivityCells + 2 * stockCount) * 8);
  const pendingWords = 3 * stockCount * SENSITIVITY_CHUNK;
  const overridesAt = align(sensitivityDenseAt + (3 * sensitivityCells + 2 * stockCount + pendingWords) * 8 + sections.sensitivityInputs * SENSITIVITY_GUESS_BYTES + SENSITIVITY_CHUNK * 4);
  const overrideListAt = align(overridesAt + slotCount * OVERRIDE_BYTES);
  const byteLength = align(overrideListAt + slotCount * OVERRIDE_LIST_BYTES);
  return {
    tablesAt, planAt, valuesAt, columnBytes, programAt, blockAt, countsAt, countsPerStock, yearsAt, yearsCapacity, overridesAt, overrideListAt,
    sensitivityAt: sections.sensitivityInputs > 0 ? sensitivityAt : 0,
    sensitivityCells,
    sensitivityArraysAt,
    byteLength,
  };
}
