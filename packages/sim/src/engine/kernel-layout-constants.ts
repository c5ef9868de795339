// The kernel's memory layout, the one description both sides read: kernel-memory.ts (TypeScript) computes every
// region's address from these sizes and writes the addresses into the address table, and the AssemblyScript
// kernel (packages/core-wasm/assembly/layout.ts imports this file by path) reads them from that table by
// these names. So this file is written in the subset both languages compile alike: integer constants only
// (AssemblyScript types them i32), no imports, no functions.

/** Samples per block: every slot of the value vector is a column of BLOCK_LANES f64. */
export const BLOCK_LANES = 256;
/** i32 words of the draw program per step (op, column, parameters, step, stream key as two words). */
export const PROGRAM_OP_WORDS = 6;
/** i32 words of the program region per demand model (see the kernel's init). */
export const DEMAND_WORDS = 16;
/** i32 words of the program region per stock. */
export const STOCK_WORDS = 4;
/** f64 columns of the block region ahead of the stocks' years: ln demand, rate scale, scaled rate, ln m. */
export const BLOCK_DERIVED_COLUMNS = 4;
/** f64 of the ziggurat tables: x[129], ratio[128], f[129]. */
export const ZIGGURAT_TABLE_F64 = 386;
/** Bytes per what-if override record written by TypeScript (4 f64: slot, op, value, log-space). */
export const OVERRIDE_RECORD_BYTES = 32;
/** Bytes per entry of the kernel's compiled override list (i32 column, i32 op, f64 amount). */
export const OVERRIDE_ENTRY_BYTES = 16;
/** f64 fields per sensitivity input: slot, edge count, up to 63 edges, NaN padding. */
export const SENSITIVITY_INPUT_FIELDS = 66;
/** i32 words per input of the kernel's table of sensitivity inputs that are not fixed. */
export const SENSITIVITY_ACTIVE_WORDS = 8;
/** Cells (u8 each) of an input's cell table: the edges below each cell. */
export const SENSITIVITY_GUESS_CELLS = 1024;
/** i64 words of one sensitivity record: count · 2^32 + never, Σq, Σq². */
export const SENSITIVITY_RECORD_WORDS = 3;
/** i64 words of one packed sensitivity record (count, never and Σq in one word; Σq²), and of a sample's row. */
export const SENSITIVITY_PACKED_WORDS = 2;
/** i32 words per design input in the design's slot table (first slot-list index, slot count). */
export const DESIGN_INPUT_WORDS = 2;
/** Every region starts at a multiple of this many bytes. */
export const REGION_ALIGN = 16;

// Entries of the address table (one i32 byte address each), at the start of the layout.
export const AT_TABLES = 0;
export const AT_PLAN = 1;
export const AT_VALUES = 2;
export const AT_PROGRAM = 3;
export const AT_DEMAND_TABLE = 4;
export const AT_STOCK_TABLE = 5;
export const AT_LN_DEMAND0 = 6;
export const AT_RATE_SCALE = 7;
export const AT_SCALED_RATE = 8;
export const AT_LN_REPETITION = 9;
export const AT_STOCK_YEARS = 10;
export const AT_SCHEDULES = 11;
export const AT_COUNTS = 12;
export const AT_YEARS_OUT = 13;
export const AT_OVERRIDES = 14;
export const AT_OVERRIDE_LIST = 15;
export const AT_SENSITIVITY_INPUTS = 16;
export const AT_SENSITIVITY_ACTIVE = 17;
export const AT_SENSITIVITY_ARRAYS = 18;
export const AT_SENSITIVITY_DENSE = 19;
export const AT_SENSITIVITY_DENSE_TOTALS = 20;
export const AT_SENSITIVITY_SAMPLES = 21;
export const AT_SENSITIVITY_GUESS = 22;
export const AT_SENSITIVITY_PACKED = 23;
export const AT_DESIGN_SLOTS = 24;
export const AT_DESIGN_COLUMNS = 25;
export const AT_DESIGN_YEARS = 26;
export const AT_DESIGN_SUMS = 27;
/** Entries of the address table. */
export const ADDRESS_COUNT = 28;
