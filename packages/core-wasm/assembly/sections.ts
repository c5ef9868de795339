// The optional summary section of packages/sim/src/summary/ that the kernel computes, as the reference engine
// computes it (summary/sensitivity-accumulator.ts `addSensitivitySample`): per-input binned sums of the
// quantised exhaustion year. TypeScript folds this module's exact per-block sums into its two-limb totals
// after each block. (The fan chart's trajectories are exact paths of the first 8,192 samples (TRAJECTORY_SAMPLES), which
// packages/sim records with its reference engine: summary/trajectory-records.ts.)

import { lesser } from './exhaustion-year';
import { BLOCK_LANES, columnOf } from './block';
import * as L from './layout';

/** 1.5 · 2^52: t + this, for 0 ≤ t < 2^51, holds t rounded to an integer in its low mantissa bits. */
const ROUNDING_BIAS: f64 = 6755399441055744.0;

// Sensitivity's regions (packages/sim/src/engine/kernel-memory.ts lays them out; their addresses come from
// the address table, ./layout.ts): the input table TypeScript writes (slot, edge count, edges…, NaN padding);
// the table of inputs that are not fixed, written by setSensitivity (column address, edges address, byte
// offset of its records, search kind (0: the guess table), guess table address, unused, f64 scale); the f64
// arrays TypeScript reads after each block (count, never, blockQ, blockQ2 [cells], blockTotalQ, blockTotalQ2
// [stocks]; cells = stocks · inputs · bins, cell (stock · inputs + input) · bins + bin); the dense i64
// accumulators (per input and bin one record of RECORD_WORDS i64 per stock, count · 2^32 + never, Σq, Σq²,
// so one sample's updates for one input are contiguous) and Σq, Σq² per stock; the block's samples (per
// stock CHUNK records, count · 2^32 + never, q, q²; the inputs' values are read from the block's value
// columns); the guess tables (GUESS_CELLS u8 per input); CHUNK u32 record offsets.
// Samples are added a block at a time, input by input (addSensitivityBlock), so each input's loop keeps its
// edges, table and records at hand. finishSensitivity moves a block's sums into the f64 arrays and clears them.
//
// Binning a value (the number of edges at or below it) reads a table over GUESS_CELLS equal cells between
// the first and the last edge. The value's cell is a monotone function of the value (cellOf), so a cell that
// no edge falls in holds values with one bin, which the table gives outright: most values take one table
// read and no comparison. A cell some edge falls in is flagged; its values start from the table's count of
// edges in lower cells, step once, and check the answer against the edges on both sides; a wrong guess
// (rare) takes a branchless binary search. So the bin is exact whatever the cells look like.
export let sensitivityAt: usize = 0;
export const INPUT_FIELDS = L.SENSITIVITY_INPUT_FIELDS;
const ACTIVE_WORDS = L.SENSITIVITY_ACTIVE_WORDS;
const GUESS_CELLS = L.SENSITIVITY_GUESS_CELLS;
const RECORD_WORDS = L.SENSITIVITY_RECORD_WORDS;
/** Samples added to the cells at a time: one block. */
const CHUNK: i32 = BLOCK_LANES;
/** Edges of an input on the fast path (SENSITIVITY_BINS − 1, then NaN padding): guess table, 6-step search. */
const FAST_EDGES: i32 = 63;
let inputCount: i32 = 0;
let activeCount: i32 = 0;
let sensitivityStocks: i32 = 0;
let binsPerInput: i32 = 0;
let yearScale: f64 = 0;
let activeAt: usize = 0;
let countAt: usize = 0;
let neverAt: usize = 0;
let blockQAt: usize = 0;
let blockQ2At: usize = 0;
let blockTotalQAt: usize = 0;
let blockTotalQ2At: usize = 0;
let denseAt: usize = 0;
let denseTotalsAt: usize = 0;
/** Bytes of one (input, bin) record: RECORD_WORDS i64 per stock. */
let recordBytes: usize = 0;
/** The block's samples: CHUNK records of RECORD_WORDS i64 per stock. */
let pendingStocksAt: usize = 0;
let guessTablesAt: usize = 0;
/** CHUNK u32: the pending samples' record offsets for one input (several stocks). */
let pendingOffsetsAt: usize = 0;

/**
 * Turns the sensitivity section on (inputs > 0) for `inputs` inputs of `bins` bins and `stocks` stocks, and
 * compiles the table of inputs that are not fixed. `valuesAt` is the block's value columns.
 */
export function setSensitivity(inputs: i32, bins: i32, scale: f64, stocks: i32, valuesAt: usize): void {
  const at = inputs > 0 ? L.regionAt(L.AT_SENSITIVITY_INPUTS) : 0;
  sensitivityAt = at;
  inputCount = inputs;
  binsPerInput = bins;
  yearScale = scale;
  sensitivityStocks = stocks;
  activeAt = L.regionAt(L.AT_SENSITIVITY_ACTIVE);
  const cells = <usize>(stocks * inputs * bins);
  countAt = L.regionAt(L.AT_SENSITIVITY_ARRAYS);
  neverAt = countAt + (cells << 3);
  blockQAt = neverAt + (cells << 3);
  blockQ2At = blockQAt + (cells << 3);
  blockTotalQAt = blockQ2At + (cells << 3);
  blockTotalQ2At = blockTotalQAt + (<usize>stocks << 3);
  denseAt = L.regionAt(L.AT_SENSITIVITY_DENSE);
  recordBytes = <usize>(RECORD_WORDS * stocks) << 3;
  denseTotalsAt = L.regionAt(L.AT_SENSITIVITY_DENSE_TOTALS);
  pendingStocksAt = L.regionAt(L.AT_SENSITIVITY_SAMPLES);
  guessTablesAt = L.regionAt(L.AT_SENSITIVITY_GUESS);
  pendingOffsetsAt = L.regionAt(L.AT_SENSITIVITY_OFFSETS);
  activeCount = 0;
  if (at == 0) return;
  for (let i = 0; i < inputs; i++) {
    const input = at + (<usize>(i * INPUT_FIELDS) << 3);
    const edges = <i32>load<f64>(input, 8);
    if (edges == 0) continue;
    const word = activeAt + (<usize>(activeCount * ACTIVE_WORDS) << 2);
    store<i32>(word, <i32>columnOf(valuesAt, <i32>load<f64>(input)));
    store<i32>(word, <i32>(input + 16), 4);
    store<i32>(word, <i32>(<usize>(i * bins) * recordBytes), 8);
    // 0: the fast search (FAST_EDGES edges, NaN-padded to 64 bins); otherwise the edge count.
    const fast = edges == FAST_EDGES && bins == FAST_EDGES + 1;
    store<i32>(word, fast ? 0 : edges, 12);
    if (fast) buildGuessTable(word, input + 16, guessTablesAt + <usize>(activeCount * GUESS_CELLS));
    activeCount++;
  }
  clearDense();
}

/** Clears the dense accumulators and the per-stock totals. */
function clearDense(): void {
  memory.fill(denseAt, 0, <usize>(inputCount * binsPerInput) * recordBytes);
  memory.fill(denseTotalsAt, 0, <usize>(2 * sensitivityStocks) << 3);
}

/**
 * JavaScript's Math.round (ties up, which wasm's f64.nearest, ties to even, is not) as an integer, for
 * |x| < 2^51: the rounded double plus ROUNDING_BIAS holds it in its low mantissa bits, so the conversion is
 * a subtraction of bit patterns (V8 expands i64.trunc_sat into a compare-and-fix-up sequence).
 */
@inline function roundHalfUpToInteger(x: f64): i64 {
  const down = Math.floor(x);
  const rounded = down + <f64>(x - down >= 0.5);
  return reinterpret<i64>(rounded + ROUNDING_BIAS) - reinterpret<i64>(ROUNDING_BIAS);
}

/**
 * Adds stock `stock`'s exhaustion years of the block's `count` samples (f64 at `yearsAt`) to the per-stock
 * totals and to the block's rows (call for every stock, then addSensitivityBlock).
 */
export function addSensitivityYears(stock: i32, yearsAt: usize, count: i32, startYear: f64, horizonYear: f64): void {
  const row = pendingStocksAt + (<usize>(stock * RECORD_WORDS * CHUNK) << 3);
  let sumQ: i64 = 0;
  let sumQ2: i64 = 0;
  for (let k: usize = 0; k < <usize>count; k++) {
    const year = load<f64>(yearsAt + (k << 3));
    // 0 ≤ (year − startYear) · yearScale ≤ (horizonYear − startYear) · yearScale, far below 2^51.
    const q = roundHalfUpToInteger((lesser(year, horizonYear) - startYear) * yearScale);
    const q2 = q * q;
    const at = row + k * 24;
    store<i64>(at, (<i64>1 << 32) | <i64>(year == Infinity));
    store<i64>(at, q, 8);
    store<i64>(at, q2, 16);
    sumQ += q;
    sumQ2 += q2;
  }
  const total = denseTotalsAt + (<usize>stock << 4);
  store<i64>(total, load<i64>(total) + sumQ);
  store<i64>(total, load<i64>(total, 8) + sumQ2, 8);
}

/** A table entry's flag: some edge falls in the cell (its low 7 bits: the edges in lower cells). */
const EDGE_CELL: u32 = 0x80;

/**
 * The cell of `value` among GUESS_CELLS equal cells around the edges (`first` the first edge, `scale` cells
 * per unit): non-decreasing in `value` (a subtraction, a multiply by scale ≥ 0, a clamp, rounding to the
 * nearest integer), which the table's exactness rests on. NaN goes to cell 0.
 */
@inline function cellOf(value: f64, first: f64, scale: f64): usize {
  let t = (value - first) * scale;
  if (!(t >= 0)) t = 0;
  if (t > <f64>(GUESS_CELLS - 1)) t = <f64>(GUESS_CELLS - 1);
  return <usize>(<i32>reinterpret<i64>(t + ROUNDING_BIAS) & (GUESS_CELLS - 1));
}

/** cellOf of both lanes of `values` (f64x2.pmax/pmin clamp as cellOf's tests do, NaN to 0), as i32 lanes 0 and 2. */
@inline function cellsOfX2(values: v128, first: f64, scale: f64): v128 {
  let t = f64x2.mul(f64x2.sub(values, f64x2.splat(first)), f64x2.splat(scale));
  t = f64x2.pmax(f64x2.splat(0), t);
  t = f64x2.pmin(t, f64x2.splat(<f64>(GUESS_CELLS - 1)));
  return v128.and(f64x2.add(t, f64x2.splat(ROUNDING_BIAS)), i64x2.splat(GUESS_CELLS - 1));
}

/**
 * Fills an input's table: cell c holds the number of edges whose cell is below c, flagged with EDGE_CELL when
 * some edge's cell is c. A value v in an unflagged cell c then has exactly that many edges at or below it:
 * an edge in a lower cell is below v (cellOf is non-decreasing), and an edge at or below v has a cell at
 * most c, so lower. `scale` is 0 when the edges do not span a finite, positive width (every cell 0, flagged).
 */
function buildGuessTable(word: usize, edgesAt: usize, tableAt: usize): void {
  const first = load<f64>(edgesAt);
  const last = load<f64>(edgesAt + (<usize>(FAST_EDGES - 1) << 3));
  const span = last - first;
  const scale = span > 0 && isFinite(span) ? <f64>GUESS_CELLS / span : 0;
  store<i32>(word, <i32>tableAt, 16);
  store<f64>(word, scale, 24);
  memory.fill(tableAt, 0, <usize>GUESS_CELLS);
  // Count the edges per cell (at most FAST_EDGES < 128 in all), then turn counts into flags and prefix sums.
  for (let k = 0; k < FAST_EDGES; k++) {
    const cell = tableAt + cellOf(load<f64>(edgesAt + (<usize>k << 3)), first, scale);
    store<u8>(cell, load<u8>(cell) + 1);
  }
  let below: u32 = 0;
  for (let c = 0; c < GUESS_CELLS; c++) {
    const inCell = <u32>load<u8>(tableAt + <usize>c);
    store<u8>(tableAt + <usize>c, <u8>(inCell != 0 ? below | EDGE_CELL : below));
    below += inCell;
  }
}

/** The bin of `value` among an input's FAST_EDGES edges, `cell` its cell (cellOf). */
@inline function binInCell(edgesAt: usize, tableAt: usize, cell: usize, value: f64): usize {
  // The count is the length of the prefix of edges at or below `value` (the edges increase, and the
  // NaN after the last one is never ≤). An unflagged cell gives it; otherwise guess from the edges in
  // lower cells, step once, then check both sides.
  const entry = <u32>load<u8>(tableAt + cell);
  if (entry < EDGE_CELL) return <usize>entry;
  let bin = <usize>(entry & (EDGE_CELL - 1));
  bin += <usize>(load<f64>(edgesAt + (bin << 3)) <= value);
  // Below bin 0 lies the input's edge count, read but ignored.
  const above = <i32>(load<f64>(edgesAt + (bin << 3)) <= value);
  const below = <i32>(bin != 0) & <i32>!(load<f64>(edgesAt + ((bin - 1) << 3)) <= value);
  if ((above | below) == 0) return bin;
  // Otherwise a branchless binary search: the count in 6 steps.
  let pos: usize = 0;
  pos |= <usize>(load<f64>(edgesAt + (31 << 3)) <= value) << 5;
  pos |= <usize>(load<f64>(edgesAt + ((pos + 15) << 3)) <= value) << 4;
  pos |= <usize>(load<f64>(edgesAt + ((pos + 7) << 3)) <= value) << 3;
  pos |= <usize>(load<f64>(edgesAt + ((pos + 3) << 3)) <= value) << 2;
  pos |= <usize>(load<f64>(edgesAt + ((pos + 1) << 3)) <= value) << 1;
  pos |= <usize>(load<f64>(edgesAt + (pos << 3)) <= value);
  return pos;
}

/** The bin of `value` among `edges` edges (any count): a binary search. */
function binBySearch(edgesAt: usize, edges: i32, value: f64): usize {
  let low = 0;
  let high = edges;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (load<f64>(edgesAt + (<usize>mid << 3)) <= value) low = mid + 1;
    else high = mid;
  }
  return <usize>low;
}

/** record += sample for one (count · 2^32 + never, q, q²) record: the first two words as one i64x2 add. */
@inline function addRecord(record: usize, sample: usize): void {
  v128.store(record, i64x2.add(v128.load(record), v128.load(sample)));
  store<i64>(record, load<i64>(record, 16) + load<i64>(sample, 16), 16);
}

/**
 * Adds the block's `count` samples (after addSensitivityYears for every stock) to the cells of their bins,
 * input by input, reading each input's values from its column.
 */
export function addSensitivityBlock(count: i32): void {
  const stocks = sensitivityStocks;
  const end = activeAt + (<usize>(activeCount * ACTIVE_WORDS) << 2);
  for (let word = activeAt; word < end; word += ACTIVE_WORDS << 2) {
    const values = <usize>load<i32>(word);
    const edgesAt = <usize>load<i32>(word, 4);
    const kind = load<i32>(word, 12);
    const records = denseAt + <usize>load<i32>(word, 8);
    const first = load<f64>(edgesAt);
    const scale = load<f64>(word, 24);
    const tableAt = <usize>load<i32>(word, 16);
    // The samples' record offsets first (two cells at a time on the fast path), then the records per stock.
    const offsets = pendingOffsetsAt;
    if (kind == 0) {
      let k = 0;
      for (; k + 1 < count; k += 2) {
        const pair = v128.load(values + (<usize>k << 3));
        const cells = cellsOfX2(pair, first, scale);
        const bin0 = binInCell(edgesAt, tableAt, <usize>i32x4.extract_lane(cells, 0), f64x2.extract_lane(pair, 0));
        const bin1 = binInCell(edgesAt, tableAt, <usize>i32x4.extract_lane(cells, 2), f64x2.extract_lane(pair, 1));
        store<u32>(offsets + (<usize>k << 2), <u32>(bin0 * recordBytes));
        store<u32>(offsets + (<usize>k << 2), <u32>(bin1 * recordBytes), 4);
      }
      if (k < count) {
        const value = load<f64>(values + (<usize>k << 3));
        store<u32>(offsets + (<usize>k << 2), <u32>(binInCell(edgesAt, tableAt, cellOf(value, first, scale), value) * recordBytes));
      }
    } else {
      for (let k = 0; k < count; k++) {
        store<u32>(offsets + (<usize>k << 2), <u32>(binBySearch(edgesAt, kind, load<f64>(values + (<usize>k << 3))) * recordBytes));
      }
    }
    let stockRecords = records;
    let rows = pendingStocksAt;
    for (let s = 0; s < stocks; s++) {
      for (let k = 0; k < count; k++) {
        addRecord(stockRecords + <usize>load<u32>(offsets + (<usize>k << 2)), rows + <usize>k * 24);
      }
      stockRecords += RECORD_WORDS << 3;
      rows += <usize>(RECORD_WORDS * CHUNK) << 3;
    }
  }
}

/** Moves the dense accumulators into the f64 arrays TypeScript reads (all of them, fixed inputs' zero) and clears them. */
export function finishSensitivity(): void {
  const stocks = sensitivityStocks;
  for (let s = 0; s < stocks; s++) {
    const total = denseTotalsAt + (<usize>s << 4);
    store<f64>(blockTotalQAt + (<usize>s << 3), <f64>load<i64>(total));
    store<f64>(blockTotalQ2At + (<usize>s << 3), <f64>load<i64>(total, 8));
    for (let i = 0; i < inputCount; i++) {
      for (let b = 0; b < binsPerInput; b++) {
        const record = denseAt + <usize>(i * binsPerInput + b) * recordBytes + <usize>(s * RECORD_WORDS << 3);
        const countNever = load<i64>(record);
        const cell = <usize>((s * inputCount + i) * binsPerInput + b) << 3;
        store<f64>(countAt + cell, <f64>(countNever >>> 32));
        store<f64>(neverAt + cell, <f64>(countNever & 0xffffffff));
        store<f64>(blockQAt + cell, <f64>load<i64>(record, 8));
        store<f64>(blockQ2At + cell, <f64>load<i64>(record, 16));
      }
    }
  }
  clearDense();
}
