// The optional summary sections of packages/sim/src/summary/, computed as the reference engine computes them
// (engine/reference-engine.ts `recordTrajectory`, summary/sensitivity-accumulator.ts `addSensitivitySample`):
// yearly ln demand and ln effective supply on a log10 grid (every stride-th sample), and per-input binned
// sums of the quantised exhaustion year. TypeScript folds this module's exact per-block sums into its
// two-limb totals after each block.

import { field, intField } from './plan-access';
import { lesser } from './exhaustion-year';

/** log10(e), the same double as JavaScript's Math.LOG10E. */
const LOG10E: f64 = 0.4342944819032518;

// Trajectories: u32 counts[(series · years + year) · bins + bin]; off when trajectoriesAt is 0.
export let trajectoriesAt: usize = 0;
let trajectoryYears: i32 = 0;
let trajectoryBins: i32 = 0;
let trajectoryMinLog10: f64 = 0;
let trajectoryBinsPerDecade: f64 = 0;
export let trajectoryStride: u64 = 1;

// Sensitivity: an input table of INPUT_FIELDS f64 per input (slot, edge count, edges…), a bin scratch of
// one i32 per input, then f64 count, never, blockQ, blockQ2 [cells], blockTotalQ, blockTotalQ2 [stocks].
export let sensitivityAt: usize = 0;
export const INPUT_FIELDS: i32 = 66;
let inputCount: i32 = 0;
let binsPerInput: i32 = 0;
let yearScale: f64 = 0;
let binScratchAt: usize = 0;
let countAt: usize = 0;
let neverAt: usize = 0;
let blockQAt: usize = 0;
let blockQ2At: usize = 0;
let blockTotalQAt: usize = 0;
let blockTotalQ2At: usize = 0;

/** Turns the trajectory section on (at ≠ 0): `years` whole years, `bins` log10 bins from minLog10. */
export function setTrajectories(at: usize, years: i32, bins: i32, minLog10: f64, binsPerDecade: f64, stride: i32): void {
  trajectoriesAt = at;
  trajectoryYears = years;
  trajectoryBins = bins;
  trajectoryMinLog10 = minLog10;
  trajectoryBinsPerDecade = binsPerDecade;
  trajectoryStride = <u64>stride;
}

/** Turns the sensitivity section on (at ≠ 0) for `inputs` inputs of `bins` bins and `stocks` stocks. */
export function setSensitivity(at: usize, inputs: i32, bins: i32, scale: f64, stocks: i32): void {
  sensitivityAt = at;
  inputCount = inputs;
  binsPerInput = bins;
  yearScale = scale;
  binScratchAt = at + (<usize>(inputs * INPUT_FIELDS) << 3);
  const cells = <usize>(stocks * inputs * bins);
  countAt = (binScratchAt + (<usize>inputs << 2) + 15) & ~15;
  neverAt = countAt + (cells << 3);
  blockQAt = neverAt + (cells << 3);
  blockQ2At = blockQAt + (cells << 3);
  blockTotalQAt = blockQ2At + (cells << 3);
  blockTotalQ2At = blockTotalQAt + (<usize>stocks << 3);
}

/** ∫ ln-rate from startYear to `year` over the schedule at `scheduleAt` (reference-engine.ts lnGrowthUntil). */
@inline function lnGrowthUntil(scheduleAt: i32, valuesAt: usize, startYear: f64, year: f64): f64 {
  const n = intField(scheduleAt);
  const breaks = n - 1;
  let total: f64 = 0;
  let from = startYear;
  for (let k = 0; k < n && from < year; k++) {
    const to = k < breaks ? lesser(field(scheduleAt + 1 + k), year) : year;
    if (to > from) {
      total += load<f64>(valuesAt + (<usize>intField(scheduleAt + 1 + breaks + k) << 3)) * (to - from);
      from = to;
    }
  }
  return total;
}

/** Adds one series' ln tokens at every whole year (trajectory-counts.ts trajectoryBin for the bin). */
export function recordSeries(series: i32, ln0: f64, scale: f64, scheduleAt: i32, valuesAt: usize, startYear: f64): void {
  let address = trajectoriesAt + (<usize>(series * trajectoryYears * trajectoryBins) << 2);
  for (let y = 0; y < trajectoryYears; y++) {
    const ln = ln0 + scale * lnGrowthUntil(scheduleAt, valuesAt, startYear, startYear + <f64>y);
    let bin = <i32>Math.floor((ln * LOG10E - trajectoryMinLog10) * trajectoryBinsPerDecade);
    bin = bin < 0 ? 0 : bin >= trajectoryBins ? trajectoryBins - 1 : bin;
    const cell = address + (<usize>bin << 2);
    store<u32>(cell, load<u32>(cell) + 1);
    address += <usize>trajectoryBins << 2;
  }
}

/** JavaScript's Math.round for x ≥ 0 (ties up), which wasm's f64.nearest (ties to even) is not. */
@inline function roundHalfUp(x: f64): f64 {
  const down = Math.floor(x);
  return x - down >= 0.5 ? down + 1 : down;
}

/** Bins the sample's inputs once (the same bin serves every stock): the number of edges at or below each value. */
export function binInputs(valuesAt: usize): void {
  for (let i = 0; i < inputCount; i++) {
    const input = sensitivityAt + (<usize>(i * INPUT_FIELDS) << 3);
    const edges = <i32>load<f64>(input, 8);
    if (edges == 0) continue;
    const value = load<f64>(valuesAt + (<usize>(<i32>load<f64>(input)) << 3));
    let low = 0;
    let high = edges;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (load<f64>(input + 16 + (<usize>mid << 3)) <= value) low = mid + 1;
      else high = mid;
    }
    store<i32>(binScratchAt + (<usize>i << 2), low);
  }
}

/** Adds stock `stock`'s exhaustion year to the per-block sums (after binInputs for this sample). */
export function addSensitivityYear(stock: i32, year: f64, startYear: f64, horizonYear: f64): void {
  const never: f64 = year == Infinity ? 1 : 0;
  const q = roundHalfUp((lesser(year, horizonYear) - startYear) * yearScale);
  const q2 = q * q;
  const total = <usize>stock << 3;
  store<f64>(blockTotalQAt + total, load<f64>(blockTotalQAt + total) + q);
  store<f64>(blockTotalQ2At + total, load<f64>(blockTotalQ2At + total) + q2);
  for (let i = 0; i < inputCount; i++) {
    const input = sensitivityAt + (<usize>(i * INPUT_FIELDS) << 3);
    if (<i32>load<f64>(input, 8) == 0) continue;
    const cell = <usize>((stock * inputCount + i) * binsPerInput + load<i32>(binScratchAt + (<usize>i << 2))) << 3;
    store<f64>(countAt + cell, load<f64>(countAt + cell) + 1);
    store<f64>(neverAt + cell, load<f64>(neverAt + cell) + never);
    store<f64>(blockQAt + cell, load<f64>(blockQAt + cell) + q);
    store<f64>(blockQ2At + cell, load<f64>(blockQ2At + cell) + q2);
  }
}
