// Horizon's Monte-Carlo kernel. TypeScript validates and compiles the scenario, writes the ziggurat tables
// and the encoded plan (packages/sim/src/engine/encode-plan.ts) into this module's memory at the addresses
// of packages/sim/src/engine/kernel-memory.ts, calls `init` once, then `runBlock` per range of samples.
// The samples run in blocks of BLOCK_LANES, structure of arrays (./block.ts): every input drawn for the
// whole block into its column, then demand, then each stock's crossing (./sample-block.ts), then the passes
// that read the years: counts (./year-counts.ts) and the optional sections (./sections.ts).
// Exports take scalars, read and write linear memory, and return a status code (./status.ts). Nothing
// allocates: state lives in module globals and in the program region, both set by `init`.

import { initRandom } from './random';
import { intField, setPlanAddress } from './plan-access';
import { compileProgram } from './program';
import * as L from './layout';
import { addSensitivityBlock, addSensitivityYears, finishSensitivity, sensitivityAt, setSensitivity } from './sections';
import { BLOCK_LANES } from './block';
import { initDemand, hoistDemandConstants } from './demand';
import { addDesignSums, designBlock } from './design-years';
import { setDerivedColumns } from './derived-columns';
import { clearOverrides, readOverrides } from './overrides';
import { initSampleBlock, sampleBlock } from './sample-block';
import { initLaneOrder, MAX_GROUPED_MODELS } from './demand-lanes';
import { horizonYear, readScenario, startYear, stockCount, valuesAt } from './scenario';
import { initStocks, yearsOf } from './stock-years';
import { countBlockYears, initYearCounts } from './year-counts';
import { initDemandYears } from './demand-years';
import * as F from './plan-format';
import * as S from './status';

let ready = false;

/** Start of the linear memory this module leaves free (the layout's regions start at or above it). */
export function heapBase(): usize {
  return __heap_base;
}

/** The plan format version this kernel reads. */
export function planFormatVersion(): i32 {
  return F.PLAN_FORMAT_VERSION;
}

/**
 * Reads the plan, sets the seed, compiles the draw program and hoists per-scenario constants: fixed inputs'
 * slots, the repetition multiplier when it is fixed, a fixed scaling law's exponents. Returns a status code.
 * Every region's address comes from the address table at `layoutAt` (./layout.ts).
 */
export function init(seedValue: f64, layoutAt: usize): i32 {
  ready = false;
  L.setLayout(layoutAt);
  setPlanAddress(L.regionAt(L.AT_PLAN));
  if (intField(F.H_VERSION) != F.PLAN_FORMAT_VERSION) return S.BAD_PLAN_VERSION;
  initRandom(<u64>seedValue, L.regionAt(L.AT_TABLES));
  readScenario(L.regionAt(L.AT_VALUES));
  if (intField(F.H_DEMAND_COUNT) > MAX_GROUPED_MODELS) return S.BAD_PLAN_CODE;
  initLaneOrder();
  if (!compileProgram(L.regionAt(L.AT_PROGRAM), valuesAt, intField(F.H_STEPS_AT), intField(F.H_STEP_COUNT))) return S.BAD_PLAN_CODE;
  setDerivedColumns();
  clearOverrides();
  initDemand();
  initStocks();
  initSampleBlock();
  initYearCounts();
  initDemandYears();
  setSections(0, 0, 0, 0);
  ready = true;
  return S.OK;
}

/**
 * Sets the what-if overrides of the samples that follow (./overrides.ts): `count` records in the overrides
 * region. Returns a status code.
 */
export function setOverrides(count: i32): i32 {
  if (!ready) return S.NOT_INITIALISED;
  readOverrides(count);
  hoistDemandConstants();
  return S.OK;
}

/** Samples at or past this index are left out of the sensitivity section (SENSITIVITY_SAMPLES in packages/sim). */
let sensitivityEnd: u64 = 0;

/**
 * Turns the optional sensitivity section on (`inputs` > 0) or off, for the run's samples below
 * `sensitivitySamples`; see ./sections.ts and packages/sim/src/engine/kernel-memory.ts for its regions.
 */
export function setSections(inputs: i32, sensitivityBins: i32, yearScale: f64, sensitivitySamples: f64): void {
  setSensitivity(inputs, sensitivityBins, yearScale, stockCount, valuesAt);
  sensitivityEnd = <u64>sensitivitySamples;
}

/**
 * Adds samples [firstSample, firstSample + count) into the counts (./year-counts.ts). With sensitivity on,
 * adds the samples below its end into that section and writes its per-block sums at the end (then count must
 * be at most 2^16, so that they stay exact). Returns a status code.
 */
export function runBlock(firstSample: f64, count: i32): i32 {
  if (!ready) return S.NOT_INITIALISED;
  const first = <u64>firstSample;
  const sensitivity = sensitivityAt != 0;
  for (let done = 0; done < count; ) {
    const at = first + <u64>done;
    const sectioned = sensitivity && at < sensitivityEnd;
    let n = min(BLOCK_LANES, count - done);
    // A block that straddles the section's end is cut there, so that each part is one kind of block.
    if (sectioned) n = <i32>min(<u64>n, sensitivityEnd - at);
    // When no pass reads the inputs' columns, the unpicked demand models' draws are skipped.
    const status = sampleBlock(at, n, !sectioned);
    if (status != S.OK) return status;
    // The passes over the block's years columns.
    countBlockYears(n);
    if (sectioned) {
      for (let s = 0; s < stockCount; s++) addSensitivityYears(s, yearsOf(s), n, startYear, horizonYear);
      addSensitivityBlock(n);
    }
    done += n;
  }
  if (sensitivity) finishSensitivity();
  return S.OK;
}

/** Test hook: writes the exhaustion year of every stock of samples [firstSample, +count) as f64 into the yearsOut region, sample-major. */
export function sampleYears(firstSample: f64, count: i32): i32 {
  if (!ready) return S.NOT_INITIALISED;
  const first = <u64>firstSample;
  let out = L.regionAt(L.AT_YEARS_OUT);
  for (let done = 0; done < count; done += BLOCK_LANES) {
    const n = min(BLOCK_LANES, count - done);
    const status = sampleBlock(first + <u64>done, n);
    if (status != S.OK) return status;
    for (let i: usize = 0; i < <usize>n; i++) {
      for (let s = 0; s < stockCount; s++) {
        store<f64>(out, load<f64>(yearsOf(s) + (i << 3)));
        out += 8;
      }
    }
  }
  return S.OK;
}

/**
 * The years of a pick-freeze design over one block (./design-years.ts): A samples [firstA, firstA + count),
 * B samples from firstB, and A with each of the `inputs` design inputs of the designSlots region taken from
 * B (count ≤ BLOCK_LANES). What-if overrides do not apply. Returns a status code.
 */
export function designYears(firstA: f64, firstB: f64, count: i32, inputs: i32): i32 {
  if (!ready) return S.NOT_INITIALISED;
  return designBlock(<u64>firstA, <u64>firstB, min(count, BLOCK_LANES), inputs);
}

/**
 * Adds the pick-freeze sums of the event indicators 1{Y ≤ T} over the years of the last designYears call (count
 * samples, `inputs` design inputs) into the designSums region (./design-years.ts). Returns a status code.
 */
export function designEventSums(count: i32, inputs: i32): i32 {
  if (!ready) return S.NOT_INITIALISED;
  addDesignSums(min(count, BLOCK_LANES), inputs);
  return S.OK;
}

export { trajectoryOrderStatistics, trajectoryScratchBytes } from './trajectory-order-statistics';
export { libmExp, libmExpm1, libmLog, vectorExpm1Probe, vectorExpProbe, vectorLogProbe } from './libm-probe';
