// The optional summary section of packages/sim/src/summary/ that the kernel computes, as the reference engine
// computes it (summary/sensitivity-accumulator.ts `addSensitivitySample`): per-input binned sums of the
// quantised exhaustion year. TypeScript folds this module's exact per-block sums into its two-limb totals
// after each block. (The fan chart's trajectories are exact paths of the first 8,192 samples (TRAJECTORY_SAMPLES), which
// packages/sim records with its reference engine: summary/trajectory-records.ts.)

import { BLOCK_LANES, columnOf } from './block';
import * as L from './layout';

/** 1.5 · 2^52: t + this, for 0 ≤ t < 2^51, holds t rounded to an integer in its low mantissa bits. */
const ROUNDING_BIAS: f64 = 6755399441055744.0;

// Sensitivity's regions (packages/sim/src/engine/kernel-memory.ts lays them out; their addresses come from
// the address table, ./layout.ts): the input table TypeScript writes (slot, edge count, edges…, NaN padding);
// the table of inputs that are not fixed, written by setSensitivity (column address, edges address, byte
// offset of its records, search kind (0: the cell table), cell table address, steps, f64 scale); the f64
// arrays TypeScript reads after each block (count, never, blockQ, blockQ2 [cells], blockTotalQ, blockTotalQ2
// [stocks]; cells = stocks · inputs · bins, cell (stock · inputs + input) · bins + bin); the dense i64
// accumulators (per input and bin one record of RECORD_WORDS i64 per stock, count · 2^32 + never, Σq, Σq²)
// and Σq, Σq² per stock; the packed accumulators in front of them (per input and bin PACKED_WORDS i64 per
// stock: count · 2^42 + never · 2^29 + Σq, and Σq², exact over at most PACK_SAMPLES samples, then added
// into the dense ones); the block's samples (per stock CHUNK rows packed alike, one sample's count, never,
// q and q²; the inputs' values are read from the block's value columns); the cell tables (GUESS_CELLS u8
// per input).
// Samples are added a block at a time, input by input (addSensitivityBlock), so each input's loop keeps its
// edges, table and records at hand: one 16-byte add per sample, input and stock. finishSensitivity moves
// the sums into the f64 arrays and clears them.
//
// Binning a value (the number of edges at or below it) reads a table over GUESS_CELLS equal cells between
// the first and the last edge. The value's cell is a monotone function of the value (cellOf), so the edges
// in lower cells are below it and those in higher cells above it: the table holds the number of edges in
// lower cells, and the value steps past the edges of its own cell one comparison at a time (as many steps
// as the most edges any one cell holds, `steps`, with no branch). An input whose edges crowd more than
// MAX_STEPS into one cell takes a branchless binary search instead. So the bin is exact whatever the cells.
export let sensitivityAt: usize = 0;
export const INPUT_FIELDS = L.SENSITIVITY_INPUT_FIELDS;
const ACTIVE_WORDS = L.SENSITIVITY_ACTIVE_WORDS;
const GUESS_CELLS = L.SENSITIVITY_GUESS_CELLS;
const RECORD_WORDS = L.SENSITIVITY_RECORD_WORDS;
const PACKED_WORDS = L.SENSITIVITY_PACKED_WORDS;
/** Samples added to the cells at a time: one block. */
const CHUNK: i32 = BLOCK_LANES;
/** Edges of an input on the fast path (SENSITIVITY_BINS − 1, then NaN padding): cell table, 6-step search. */
const FAST_EDGES: i32 = 63;
/** The most edges one cell may hold for the cell table's steps; more take the binary search. */
const MAX_STEPS: i32 = 2;
/**
 * A packed record's first word: Σq in bits 0–28, never in 29–41, count in 42–54. 0 ≤ q ≤ 500 · 256 < 2^17
 * (years lie in [startYear, horizonYear], at most 500 years apart: validate-scenario's horizonSpanYears), so
 * PACK_SAMPLES samples keep Σq < 2^29 and each count < 2^13.
 */
const NEVER_SHIFT: i64 = 29;
const COUNT_SHIFT: i64 = 42;
const FIELD_MASK: i64 = (<i64>1 << 13) - 1;
const SUM_MASK: i64 = (<i64>1 << NEVER_SHIFT) - 1;
/** Samples the packed records hold at most before they are added into the dense ones. */
const PACK_SAMPLES: i32 = 4096;
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
let packedAt: usize = 0;
/** Bytes of one (input, bin) packed record: PACKED_WORDS i64 per stock. */
let packedBytes: usize = 0;
/** Samples in the packed records since they were last added into the dense ones. */
let packedSamples: i32 = 0;
/** The block's samples: CHUNK rows of PACKED_WORDS i64 per stock. */
let pendingStocksAt: usize = 0;
let guessTablesAt: usize = 0;

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
  packedAt = L.regionAt(L.AT_SENSITIVITY_PACKED);
  packedBytes = <usize>(PACKED_WORDS * stocks) << 3;
  denseTotalsAt = L.regionAt(L.AT_SENSITIVITY_DENSE_TOTALS);
  pendingStocksAt = L.regionAt(L.AT_SENSITIVITY_SAMPLES);
  guessTablesAt = L.regionAt(L.AT_SENSITIVITY_GUESS);
  activeCount = 0;
  if (at == 0) return;
  for (let i = 0; i < inputs; i++) {
    const input = at + (<usize>(i * INPUT_FIELDS) << 3);
    const edges = <i32>load<f64>(input, 8);
    if (edges == 0) continue;
    const word = activeAt + (<usize>(activeCount * ACTIVE_WORDS) << 2);
    store<i32>(word, <i32>columnOf(valuesAt, <i32>load<f64>(input)));
    store<i32>(word, <i32>(input + 16), 4);
    store<i32>(word, <i32>(<usize>(i * bins) * packedBytes), 8);
    // 0: the cell table (FAST_EDGES edges, NaN-padded to 64 bins, at most MAX_STEPS in a cell); otherwise
    // the binary search over this many edges.
    let kind = edges;
    if (edges == FAST_EDGES && bins == FAST_EDGES + 1) {
      if (buildCellTable(word, input + 16, guessTablesAt + <usize>(activeCount * GUESS_CELLS)) <= MAX_STEPS) kind = 0;
    }
    store<i32>(word, kind, 12);
    activeCount++;
  }
  packedSamples = 0;
  memory.fill(packedAt, 0, <usize>(inputCount * binsPerInput) * packedBytes);
  clearDense();
}

/** Clears the dense accumulators and the per-stock totals. */
function clearDense(): void {
  memory.fill(denseAt, 0, <usize>(inputCount * binsPerInput) * recordBytes);
  memory.fill(denseTotalsAt, 0, <usize>(2 * sensitivityStocks) << 3);
}

/**
 * Adds stock `stock`'s exhaustion years of the block's `count` samples (f64 at `yearsAt`) to the per-stock
 * totals and writes the block's rows (call for every stock, then addSensitivityBlock). Two samples at a time:
 * q = Math.round((min(year, horizon) − startYear) · yearScale), JavaScript's rounding (ties up), as the
 * reference's quantisedYear, exactly: floor, then up when the remainder is at least one half (x − floor(x) is
 * exact), and the integer read off the mantissa of the rounded double plus 1.5 · 2^52 (0 ≤ q ≤ 500 · 256, and
 * q² < 2^35 is exact as a double).
 */
export function addSensitivityYears(stock: i32, yearsAt: usize, count: i32, startYear: f64, horizonYear: f64): void {
  if (packedSamples + count > PACK_SAMPLES) flushPacked();
  const row = pendingStocksAt + (<usize>(stock * PACKED_WORDS * CHUNK) << 3);
  const horizon = f64x2.splat(horizonYear);
  const start = f64x2.splat(startYear);
  const scale = f64x2.splat(yearScale);
  const bias = f64x2.splat(ROUNDING_BIAS);
  const one = f64x2.splat(1);
  const half = f64x2.splat(0.5);
  const infinity = f64x2.splat(Infinity);
  const sample = i64x2.splat(<i64>1 << COUNT_SHIFT);
  const never = i64x2.splat(<i64>1 << NEVER_SHIFT);
  let sums = i64x2.splat(0);
  let sums2 = i64x2.splat(0);
  // A block's column has room for the odd lane past `count`; its row is written but never added.
  for (let k: usize = 0; k < <usize>count; k += 2) {
    const years = v128.load(yearsAt + (k << 3));
    const t = f64x2.mul(f64x2.sub(f64x2.pmin(horizon, years), start), scale);
    const down = f64x2.floor(t);
    const rounded = f64x2.add(down, v128.and(f64x2.ge(f64x2.sub(t, down), half), one));
    let q = i64x2.sub(f64x2.add(rounded, bias), bias);
    let q2 = i64x2.sub(f64x2.add(f64x2.mul(rounded, rounded), bias), bias);
    if (k + 1 == <usize>count) {
      q = i64x2.replace_lane(q, 1, 0);
      q2 = i64x2.replace_lane(q2, 1, 0);
    }
    const first = v128.or(v128.or(sample, v128.and(f64x2.eq(years, infinity), never)), q);
    const at = row + (k << 4);
    v128.store(at, v128.shuffle<i64>(first, q2, 0, 2));
    v128.store(at, v128.shuffle<i64>(first, q2, 1, 3), 16);
    sums = i64x2.add(sums, q);
    sums2 = i64x2.add(sums2, q2);
  }
  const total = denseTotalsAt + (<usize>stock << 4);
  store<i64>(total, load<i64>(total) + i64x2.extract_lane(sums, 0) + i64x2.extract_lane(sums, 1));
  store<i64>(total, load<i64>(total, 8) + i64x2.extract_lane(sums2, 0) + i64x2.extract_lane(sums2, 1), 8);
}

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

/**
 * Fills an input's cell table: cell c holds the number of edges whose cell is below c. A value v in cell c
 * then has all those edges at or below it (an edge above v has a cell at least c, as cellOf is
 * non-decreasing) and none of the edges of higher cells (an edge at or below v has a cell at most c), so its
 * bin is that number plus the edges of cell c at or below v. `scale` is 0 when the edges do not span a
 * finite, positive width (every edge in cell 0). Returns the most edges any one cell holds.
 */
function buildCellTable(word: usize, edgesAt: usize, tableAt: usize): i32 {
  const first = load<f64>(edgesAt);
  const last = load<f64>(edgesAt + (<usize>(FAST_EDGES - 1) << 3));
  const span = last - first;
  const scale = span > 0 && isFinite(span) ? <f64>GUESS_CELLS / span : 0;
  store<i32>(word, <i32>tableAt, 16);
  store<f64>(word, scale, 24);
  memory.fill(tableAt, 0, <usize>GUESS_CELLS);
  // Count the edges per cell (at most FAST_EDGES < 256 in all), then turn the counts into prefix sums.
  for (let k = 0; k < FAST_EDGES; k++) {
    const cell = tableAt + cellOf(load<f64>(edgesAt + (<usize>k << 3)), first, scale);
    store<u8>(cell, load<u8>(cell) + 1);
  }
  let below: u32 = 0;
  let most: i32 = 0;
  for (let c = 0; c < GUESS_CELLS; c++) {
    const inCell = <u32>load<u8>(tableAt + <usize>c);
    store<u8>(tableAt + <usize>c, <u8>below);
    below += inCell;
    most = max(most, <i32>inCell);
  }
  store<i32>(word, most, 20);
  return most;
}

/**
 * One step past an edge of the value's cell: bin + (edge[bin] ≤ value). The edges increase and the NaN after
 * the last one is never ≤, so once an edge is above the value the bin stays.
 */
@inline function stepBin(edgesAt: usize, bin: usize, value: f64): usize {
  return bin + <usize>(load<f64>(edgesAt + (bin << 3)) <= value);
}

/** The bin of `value` among FAST_EDGES edges (NaN-padded): a branchless binary search in 6 steps. */
@inline function binBySearch6(edgesAt: usize, value: f64): usize {
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
  if (edges == FAST_EDGES) return binBySearch6(edgesAt, value);
  let low = 0;
  let high = edges;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (load<f64>(edgesAt + (<usize>mid << 3)) <= value) low = mid + 1;
    else high = mid;
  }
  return <usize>low;
}

/**
 * The vector constants of the binning loop, read from memory once per input: V8 keeps a value it loaded in a
 * register, where it would rebuild a constant on every use. f64x2 0, f64x2 GUESS_CELLS − 1, f64x2
 * ROUNDING_BIAS, i64x2 GUESS_CELLS − 1.
 */
const CELL_CONSTANTS: usize = memory.data<f64>([0, 0, <f64>(GUESS_CELLS - 1), <f64>(GUESS_CELLS - 1), ROUNDING_BIAS, ROUNDING_BIAS], 16);
const CELL_MASK: usize = memory.data<i64>([GUESS_CELLS - 1, GUESS_CELLS - 1], 16);

/**
 * Adds one sample's rows (one per stock, CHUNK rows apart) to its record (one per stock, side by side).
 * `stocks` is a constant where the caller is specialised (one or two stocks: no loop).
 */
@inline function addSample(record: usize, row: usize, stocks: i32): void {
  v128.store(record, i64x2.add(v128.load(record), v128.load(row)));
  if (stocks == 2) {
    v128.store(record, i64x2.add(v128.load(record, 16), v128.load(row, PACKED_WORDS * CHUNK * 8)), 16);
  } else if (stocks > 2) {
    for (let s = 1; s < stocks; s++) {
      record += PACKED_WORDS << 3;
      row += <usize>(PACKED_WORDS * CHUNK) << 3;
      v128.store(record, i64x2.add(v128.load(record), v128.load(row)));
    }
  }
}

/** The bin of `value` from its cell's table entry `below` and `steps` steps (a constant where inlined). */
@inline function binFrom(edgesAt: usize, below: usize, value: f64, steps: i32): usize {
  let bin = stepBin(edgesAt, below, value);
  if (steps > 1) bin = stepBin(edgesAt, bin, value);
  return bin;
}

/**
 * Adds the block's `count` samples to the records of their bins among one input's edges (`records`, its
 * packed records), finding each value's bin by the cell table (`steps` steps within a cell), four values a
 * turn. Inlined with constant `steps` and `stocks` into the specialised copies addSensitivityBlock calls.
 */
@inline function addByCells(values: usize, count: i32, edgesAt: usize, tableAt: usize, first: f64, scale: f64, records: usize, steps: i32, stocks: i32): void {
  const firstX2 = f64x2.splat(first);
  const scaleX2 = f64x2.splat(scale);
  const zero = v128.load(CELL_CONSTANTS);
  const top = v128.load(CELL_CONSTANTS, 16);
  const bias = v128.load(CELL_CONSTANTS, 32);
  const mask = v128.load(CELL_MASK);
  const bytes = packedBytes;
  const rows = pendingStocksAt;
  let k: usize = 0;
  for (; k + 3 < <usize>count; k += 4) {
    const pair0 = v128.load(values + (k << 3));
    const pair1 = v128.load(values + (k << 3), 16);
    // cellOf of each lane: clamped with pmax/pmin as cellOf's tests do (NaN to 0), as i32 lanes 0 and 2.
    const cells0 = v128.and(f64x2.add(f64x2.pmin(f64x2.pmax(zero, f64x2.mul(f64x2.sub(pair0, firstX2), scaleX2)), top), bias), mask);
    const cells1 = v128.and(f64x2.add(f64x2.pmin(f64x2.pmax(zero, f64x2.mul(f64x2.sub(pair1, firstX2), scaleX2)), top), bias), mask);
    const bin0 = binFrom(edgesAt, <usize>load<u8>(tableAt + <usize>i32x4.extract_lane(cells0, 0)), f64x2.extract_lane(pair0, 0), steps);
    const bin1 = binFrom(edgesAt, <usize>load<u8>(tableAt + <usize>i32x4.extract_lane(cells0, 2)), f64x2.extract_lane(pair0, 1), steps);
    const bin2 = binFrom(edgesAt, <usize>load<u8>(tableAt + <usize>i32x4.extract_lane(cells1, 0)), f64x2.extract_lane(pair1, 0), steps);
    const bin3 = binFrom(edgesAt, <usize>load<u8>(tableAt + <usize>i32x4.extract_lane(cells1, 2)), f64x2.extract_lane(pair1, 1), steps);
    const row = rows + (k << 4);
    addSample(records + bin0 * bytes, row, stocks);
    addSample(records + bin1 * bytes, row + 16, stocks);
    addSample(records + bin2 * bytes, row + 32, stocks);
    addSample(records + bin3 * bytes, row + 48, stocks);
  }
  for (; k < <usize>count; k++) {
    const value = load<f64>(values + (k << 3));
    addSample(records + binFrom(edgesAt, <usize>load<u8>(tableAt + cellOf(value, first, scale)), value, steps) * bytes, rows + (k << 4), stocks);
  }
}

/** addByCells for one input (its active word), specialised for one step and one stock. */
function addByCells11(word: usize, count: i32, records: usize): void {
  const edgesAt = <usize>load<i32>(word, 4);
  addByCells(<usize>load<i32>(word), count, edgesAt, <usize>load<i32>(word, 16), load<f64>(edgesAt), load<f64>(word, 24), records, 1, 1);
}

/** addByCells for one input, specialised for two steps and one stock. */
function addByCells21(word: usize, count: i32, records: usize): void {
  const edgesAt = <usize>load<i32>(word, 4);
  addByCells(<usize>load<i32>(word), count, edgesAt, <usize>load<i32>(word, 16), load<f64>(edgesAt), load<f64>(word, 24), records, 2, 1);
}

/** addByCells for one input, specialised for one step and two stocks. */
function addByCells12(word: usize, count: i32, records: usize): void {
  const edgesAt = <usize>load<i32>(word, 4);
  addByCells(<usize>load<i32>(word), count, edgesAt, <usize>load<i32>(word, 16), load<f64>(edgesAt), load<f64>(word, 24), records, 1, 2);
}

/** addByCells for one input, any steps and stocks. */
function addByCellsAny(word: usize, count: i32, records: usize): void {
  const edgesAt = <usize>load<i32>(word, 4);
  addByCells(<usize>load<i32>(word), count, edgesAt, <usize>load<i32>(word, 16), load<f64>(edgesAt), load<f64>(word, 24), records, load<i32>(word, 20), sensitivityStocks);
}

/**
 * Adds the block's `count` samples (after addSensitivityYears for every stock) to the packed records of their
 * bins, input by input, reading each input's values from its column.
 */
export function addSensitivityBlock(count: i32): void {
  const stocks = sensitivityStocks;
  const end = activeAt + (<usize>(activeCount * ACTIVE_WORDS) << 2);
  for (let word = activeAt; word < end; word += ACTIVE_WORDS << 2) {
    const values = <usize>load<i32>(word);
    const edgesAt = <usize>load<i32>(word, 4);
    const kind = load<i32>(word, 12);
    const records = packedAt + <usize>load<i32>(word, 8);
    if (kind == 0) {
      const steps = load<i32>(word, 20);
      if (stocks == 1 && steps <= 1) addByCells11(word, count, records);
      else if (stocks == 1) addByCells21(word, count, records);
      else if (stocks == 2 && steps <= 1) addByCells12(word, count, records);
      else addByCellsAny(word, count, records);
    } else {
      for (let k: usize = 0; k < <usize>count; k++) {
        const bin = binBySearch(edgesAt, kind, load<f64>(values + (k << 3)));
        addSample(records + bin * packedBytes, pendingStocksAt + (k << 4), stocks);
      }
    }
  }
  packedSamples += count;
}

/** Adds the packed records into the dense ones and clears them. */
function flushPacked(): void {
  const stocks = sensitivityStocks;
  const end = activeAt + (<usize>(activeCount * ACTIVE_WORDS) << 2);
  for (let word = activeAt; word < end; word += ACTIVE_WORDS << 2) {
    const packedOffset = <usize>load<i32>(word, 8);
    // The same input and bin in both: the offset scales from packed to dense records.
    const input = packedOffset / packedBytes / <usize>binsPerInput;
    let packed = packedAt + packedOffset;
    let dense = denseAt + input * <usize>binsPerInput * recordBytes;
    for (let b = 0; b < binsPerInput; b++) {
      for (let s = 0; s < stocks; s++) {
        const at = packed + (<usize>s << 4);
        const first = load<i64>(at);
        if (first != 0) {
          const into = dense + <usize>(s * RECORD_WORDS << 3);
          const counts = (((first >>> COUNT_SHIFT) & FIELD_MASK) << 32) | ((first >>> NEVER_SHIFT) & FIELD_MASK);
          store<i64>(into, load<i64>(into) + counts);
          store<i64>(into, load<i64>(into, 8) + (first & SUM_MASK), 8);
          store<i64>(into, load<i64>(into, 16) + load<i64>(at, 8), 16);
          v128.store(at, i64x2.splat(0));
        }
      }
      packed += packedBytes;
      dense += recordBytes;
    }
  }
  packedSamples = 0;
}

/** Moves the dense accumulators into the f64 arrays TypeScript reads (all of them, fixed inputs' zero) and clears them. */
export function finishSensitivity(): void {
  flushPacked();
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
