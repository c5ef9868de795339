import type { DrawStep, Plan, PlanCopula, PlanSchedule } from '../model/plan.js';
import { standardNormal } from '../random/normal-ziggurat.js';
import { copulaMarginal } from '../distributions/copula-marginal.js';

type DistStep = Extract<DrawStep, { kind: 'dist' }>;
import { SampleStream } from '../random/splitmix64.js';
import { sampleInDomain } from '../distributions/sample-dist.js';
import { computeOptimalExponents, lnTokensForCompute } from '../model/compute-optimal.js';
import { repetitionMultiplier } from '../model/repetition.js';
import { exhaustionYear, type PiecewiseGrowth } from '../model/exhaustion-year.js';
import { addYear, type SweepSummary } from '../summary/sweep-summary.js';
import { TRAJECTORY_SAMPLES, addTrajectory, reserveTrajectoryRecords, shapeTrajectoryRecords, type TrajectoryRecords } from '../summary/trajectory-records.js';
import { SENSITIVITY_SAMPLES, addSensitivitySample, foldSensitivityBlock } from '../summary/sensitivity-accumulator.js';
import { BLOCK_SIZE, type Engine } from './engine.js';
import { applyOverrides, type SlotOverride } from '../model/slot-override.js';

/** One sample's model: ln demand and ln effective supply at startYear, and how each grows. */
interface SampleState {
  /** The demand model the sample follows (index into plan.demand). */
  model: number;
  lnDemand0: number;
  /** Multiplier on the demand schedule's ln-rates: b in compute mode, 1 in trend mode. */
  demandRateScale: number;
  demandGrowth: PiecewiseGrowth;
  /** ln(m · usableFraction · tokens0) per stock. */
  lnSupply0: Float64Array;
  supplyGrowth: PiecewiseGrowth[];
}

/**
 * The reference engine: the model of docs/model.md in plain TypeScript, one sample at a time, written for
 * clarity. The WebAssembly kernel must agree with it sample by sample on the same seed.
 */
export class ReferenceEngine implements Engine {
  private readonly stream: SampleStream;
  private readonly values: Float64Array;
  private readonly years: Float64Array;
  /** Reused per sample, so the loop allocates nothing. */
  private readonly state: SampleState;
  private readonly demandGrowths: PiecewiseGrowth[];
  private overrides: readonly SlotOverride[] = [];

  constructor(private readonly plan: Plan, seed: number) {
    this.stream = new SampleStream(seed);
    this.values = new Float64Array(plan.slotCount);
    this.years = new Float64Array(plan.stocks.length);
    this.demandGrowths = plan.demand.map((model) => growthBuffer(model.growth));
    this.state = {
      model: 0,
      lnDemand0: 0,
      demandRateScale: 1,
      demandGrowth: this.demandGrowths[0],
      lnSupply0: new Float64Array(plan.stocks.length),
      supplyGrowth: plan.stocks.map((stock) => growthBuffer(stock.growth)),
    };
  }

  runBlock(firstSample: number, count: number, summary: SweepSummary): void {
    const { plan, years, values } = this;
    if (summary.trajectories) shapeRecords(plan, summary.trajectories);
    for (let i = firstSample; i < firstSample + count; i++) {
      const state = this.sampleState(i);
      yearsOf(plan, state, years);
      for (let s = 0; s < years.length; s++) addYear(summary, s, years[s]);
      if (summary.trajectories && i < TRAJECTORY_SAMPLES) recordTrajectory(plan, state, summary.trajectories);
      if (summary.sensitivity && i < SENSITIVITY_SAMPLES) {
        addSensitivitySample(summary.sensitivity, values, years, plan.startYear, plan.horizonYear);
        // Fold at every block boundary so exact per-block sums never exceed 2^16 samples.
        if ((i + 1) % BLOCK_SIZE === 0) foldSensitivityBlock(summary.sensitivity);
      }
    }
    if (summary.sensitivity) foldSensitivityBlock(summary.sensitivity);
    summary.samples += count;
  }

  setOverrides(overrides: readonly SlotOverride[]): void {
    this.overrides = overrides;
  }

  /**
   * Records the paths of samples [firstSample, firstSample + count) below TRAJECTORY_SAMPLES: how the kernel
   * engine fills its summary's trajectories (a few thousand samples, so the reference's speed does not matter).
   */
  recordTrajectories(firstSample: number, count: number, records: TrajectoryRecords): void {
    shapeRecords(this.plan, records);
    const end = Math.min(firstSample + count, TRAJECTORY_SAMPLES);
    reserveTrajectoryRecords(records, records.recorded + Math.max(0, end - firstSample));
    for (let i = firstSample; i < end; i++) recordTrajectory(this.plan, this.sampleState(i), records);
  }

  /** The exhaustion year of every stock in sample `sampleIndex` (startYear = already, +Infinity = never). */
  sampleYears(sampleIndex: number, out: Float64Array): void {
    yearsOf(this.plan, this.sampleState(sampleIndex), out);
  }

  /** The per-sample slot vector after `sampleYears` or `runBlock` (per-sample output reads the drawn inputs here). */
  get lastValues(): Float64Array {
    return this.values;
  }

  /**
   * The exhaustion year of every stock for a given slot vector (as `drawInputs` fills it): the model without
   * the draws, for designs that recombine inputs of different samples (engine/event-sensitivity.ts).
   */
  yearsOfValues(values: Float64Array, out: Float64Array): void {
    yearsOf(this.plan, this.stateOf(values), out);
  }

  private sampleState(sampleIndex: number): SampleState {
    drawInputs(this.plan, this.stream, sampleIndex, this.values);
    applyOverrides(this.overrides, this.values);
    return this.stateOf(this.values);
  }

  private stateOf(v: Float64Array): SampleState {
    const { plan, state } = this;

    let model = 0;
    if (plan.demandChoiceSlot >= 0) {
      while (v[plan.demandChoiceSlot] >= plan.demand[model].cumulativeWeight) model++;
    }
    const demand = plan.demand[model];
    let lnDemand0: number;
    let demandRateScale: number;
    if (demand.mode === 'trend') {
      lnDemand0 = v[demand.lnTokens0Slot];
      demandRateScale = 1;
    } else {
      const [, A, B, alpha, beta] = demand.lawSlots;
      const exponents = computeOptimalExponents({ A: v[A], B: v[B], alpha: v[alpha], beta: v[beta] });
      lnDemand0 = lnTokensForCompute(v[demand.lnFlops0Slot], exponents, v[demand.lnOvertrainingSlot]);
      demandRateScale = exponents.b;
    }
    const lnRepetition = Math.log(repetitionMultiplier(v[plan.maxEpochsSlot], v[plan.rStarSlot]));
    state.model = model;
    state.lnDemand0 = lnDemand0;
    state.demandRateScale = demandRateScale;
    state.demandGrowth = fillGrowth(this.demandGrowths[model], demand.growth, v);
    plan.stocks.forEach((stock, s) => {
      state.lnSupply0[s] = lnRepetition + v[stock.lnUsableFractionSlot] + v[stock.lnTokens0Slot];
      fillGrowth(state.supplyGrowth[s], stock.growth, v);
    });
    return state;
  }
}

function yearsOf(plan: Plan, state: SampleState, out: Float64Array): void {
  for (let s = 0; s < plan.stocks.length; s++) {
    const lnGap = state.lnDemand0 - state.lnSupply0[s];
    out[s] = exhaustionYear(plan.startYear, plan.horizonYear, lnGap, state.demandRateScale, state.demandGrowth, state.supplyGrowth[s]);
  }
}

/** Adds the sample's demand and effective-supply paths to the trajectory records. */
function recordTrajectory(plan: Plan, state: SampleState, records: TrajectoryRecords): void {
  addTrajectory(records, state.model, state.lnDemand0, state.demandRateScale, state.demandGrowth, state.lnSupply0, state.supplyGrowth);
}

/** Fixes the records' layout from the plan, so every summary of a run has the same shape, records or not. */
function shapeRecords(plan: Plan, records: TrajectoryRecords): void {
  if (records.seriesWidth !== 0) return;
  const schedules = [...plan.demand.map((model) => model.growth), ...plan.stocks.map((stock) => stock.growth)];
  shapeTrajectoryRecords(records, Math.max(...schedules.map((schedule) => schedule.lnRateSlots.length)), plan.demand.map((model) => model.mode));
}

/** ∫ ln-rate from startYear to `year` over a piecewise-constant schedule. */
export function lnGrowthUntil(growth: PiecewiseGrowth, startYear: number, year: number): number {
  let total = 0;
  let from = startYear;
  for (let k = 0; k < growth.lnRates.length && from < year; k++) {
    const to = k < growth.breakYears.length ? Math.min(growth.breakYears[k], year) : year;
    if (to > from) {
      total += growth.lnRates[k] * (to - from);
      from = to;
    }
  }
  return total;
}

/**
 * Fills the per-sample slot vector by running the plan's draw steps, each on its own input's sub-stream
 * (common random numbers: an input's value in sample i depends only on the seed, i and that input).
 */
export function drawInputs(plan: Plan, stream: SampleStream, sampleIndex: number, v: Float64Array): void {
  stream.startSample(sampleIndex);
  for (const step of plan.steps) {
    stream.startInput(step.streamKey);
    if (step.kind === 'dist') {
      // A correlated input first draws its standard normal; its copula below turns it into its draw.
      v[step.slot] = step.copula ? standardNormal(stream) : sampleInDomain(stream, step.dist, step.domain, step.logSpace, step.truncated);
    } else {
      const rowCount = step.rows.length / step.width;
      const row = Math.min(Math.floor(stream.uniform() * rowCount), rowCount - 1);
      for (let c = 0; c < step.width; c++) v[step.slot + c] = step.rows[row * step.width + c];
      v[step.indexSlot] = row;
    }
  }
  if (plan.copulas) for (const copula of plan.copulas) applyCopula(plan, copula, v);
}

/**
 * z = L·e over the group's standard normals e (in their slots), then each slot gets its input's draw
 * F⁻¹(Φ(z_i)). Rows from the last up, so each z_i reads only e_j (j ≤ i) not yet overwritten.
 */
function applyCopula(plan: Plan, copula: PlanCopula, v: Float64Array): void {
  const size = copula.steps.length;
  for (let i = size - 1; i >= 0; i--) {
    let z = 0;
    for (let j = 0; j <= i; j++) z += copula.cholesky[i * size + j] * v[(plan.steps[copula.steps[j]] as DistStep).slot];
    const step = plan.steps[copula.steps[i]] as DistStep;
    v[step.slot] = copulaMarginal(step.dist, step.domain, step.truncated, step.logSpace, z);
  }
}

function growthBuffer(schedule: PlanSchedule): { breakYears: Float64Array; lnRates: Float64Array } {
  return { breakYears: Float64Array.from(schedule.breakYears), lnRates: new Float64Array(schedule.lnRateSlots.length) };
}

/** The sample's schedule: its drawn ln rates, and its drawn break years where they are uncertain. */
function fillGrowth(buffer: PiecewiseGrowth, schedule: PlanSchedule, v: Float64Array): PiecewiseGrowth {
  const rates = buffer.lnRates as Float64Array;
  for (let k = 0; k < rates.length; k++) rates[k] = v[schedule.lnRateSlots[k]];
  const breaks = buffer.breakYears as Float64Array;
  for (let k = 0; k < breaks.length; k++) if (schedule.breakYearSlots[k] >= 0) breaks[k] = v[schedule.breakYearSlots[k]];
  return buffer;
}
