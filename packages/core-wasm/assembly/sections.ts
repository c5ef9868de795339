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
// Binning a value (the number of edges at or below it) reads a guess from a table over GUESS_CELLS equal
// cells between the first and the last edge (the edges are quantiles, so a cell rarely holds more than one),
// steps once, and checks the answer against the edges on both sides; a wrong guess (rare) takes a
// branchless binary search. So the bin is exact whatever the table holds, and the common path has no
// branch that depends on the value.
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

/** JavaScript's Math.round for x ≥ 0 (ties up), which wasm's f64.nearest (ties to even) is not. */
@inline function roundHalfUp(x: f64): f64 {
  const down = Math.floor(x);
  return x - down >= 0.5 ? down + 1 : down;
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
    const q = <i64>roundHalfUp((lesser(year, horizonYear) - startYear) * yearScale);
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

/** The number of the FAST_EDGES edges at `edgesAt` that are at or below `value`. */
function countAtOrBelow(edgesAt: usize, value: f64): i32 {
  let count = 0;
  while (count < FAST_EDGES && load<f64>(edgesAt + (<usize>count << 3)) <= value) count++;
  return count;
}

/**
 * Fills an input's guess table: cell c covers t = (value − first edge) · scale in [c − ½, c + ½) (the first
 * and last cells reach out to ∓∞), and holds the count of edges at or below its lower end. The edges are
 * quantiles, so a cell rarely holds more than one: the count is then the guess or one more. Any guess is
 * checked, so the table only decides the speed.
 */
function buildGuessTable(word: usize, edgesAt: usize, tableAt: usize): void {
  const first = load<f64>(edgesAt);
  const last = load<f64>(edgesAt + (<usize>(FAST_EDGES - 1) << 3));
  const span = last - first;
  const scale = span > 0 && isFinite(span) ? <f64>GUESS_CELLS / span : 0;
  store<i32>(word, <i32>tableAt, 16);
  store<f64>(word, scale, 24);
  for (let c = 0; c < GUESS_CELLS; c++) {
    const low = c == 0 || scale == 0 ? -Infinity : first + (<f64>c - 0.5) / scale;
    store<u8>(tableAt + <usize>c, <u8>countAtOrBelow(edgesAt, low));
  }
}

/** The bin of `value` among an input's edges: the number of edges at or below it (sensitivityBin). */
@inline function binOf(edgesAt: usize, edges: i32, first: f64, scale: f64, tableAt: usize, value: f64): usize {
  if (edges == 0) {
    // The count is the length of the prefix of edges at or below `value` (the edges increase, and the
    // NaN after the last one is never ≤). Guess it from the table, step once, then check both sides.
    let t = (value - first) * scale;
    if (!(t >= 0)) t = 0;
    if (t > <f64>(GUESS_CELLS - 1)) t = <f64>(GUESS_CELLS - 1);
    const cell = <usize>(<i32>reinterpret<i64>(t + ROUNDING_BIAS) & (GUESS_CELLS - 1));
    let bin = <usize>load<u8>(tableAt + cell);
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
    if (stocks == 1) {
      const rows = pendingStocksAt;
      for (let k = 0; k < count; k++) {
        const bin = binOf(edgesAt, kind, first, scale, tableAt, load<f64>(values + (<usize>k << 3)));
        addRecord(records + bin * 24, rows + <usize>k * 24);
      }
    } else {
      // Several stocks: the samples' record offsets first, then one tight loop per stock.
      for (let k = 0; k < count; k++) {
        const bin = binOf(edgesAt, kind, first, scale, tableAt, load<f64>(values + (<usize>k << 3)));
        store<u32>(pendingOffsetsAt + (<usize>k << 2), <u32>(bin * recordBytes));
      }
      let stockRecords = records;
      let rows = pendingStocksAt;
      for (let s = 0; s < stocks; s++) {
        for (let k = 0; k < count; k++) {
          addRecord(stockRecords + <usize>load<u32>(pendingOffsetsAt + (<usize>k << 2)), rows + <usize>k * 24);
        }
        stockRecords += RECORD_WORDS << 3;
        rows += <usize>(RECORD_WORDS * CHUNK) << 3;
      }
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
