import type { Plan, PlanSchedule } from '../model/plan.js';
import { SampleStream } from '../random/splitmix64.js';
import { sampleInDomain } from '../distributions/sample-dist.js';
import { computeOptimalExponents, lnTokensForCompute } from '../model/compute-optimal.js';
import { repetitionMultiplier } from '../model/repetition.js';
import { exhaustionYear, type PiecewiseGrowth } from '../model/exhaustion-year.js';
import { addYear, type SweepSummary } from '../summary/sweep-summary.js';
import type { Engine } from './engine.js';

/**
 * The reference engine: the model of CONTRACT §1 in plain TypeScript, one sample at a time, written for
 * clarity. The WebAssembly kernel must agree with it sample by sample on the same seed.
 */
export class ReferenceEngine implements Engine {
  private readonly stream: SampleStream;
  private readonly values: Float64Array;
  private readonly years: Float64Array;

  constructor(private readonly plan: Plan, seed: number) {
    this.stream = new SampleStream(seed);
    this.values = new Float64Array(plan.slotCount);
    this.years = new Float64Array(plan.stocks.length);
  }

  runBlock(firstSample: number, count: number, summary: SweepSummary): void {
    for (let i = firstSample; i < firstSample + count; i++) {
      this.sampleYears(i, this.years);
      for (let s = 0; s < this.years.length; s++) addYear(summary, s, this.years[s]);
    }
    summary.samples += count;
  }

  /** The exhaustion year of every stock in sample `sampleIndex` (startYear = already, +Infinity = never). */
  sampleYears(sampleIndex: number, out: Float64Array): void {
    const { plan, values: v, stream } = this;
    drawInputs(plan, stream, sampleIndex, v);

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
    const demandGrowth = growthOf(demand.growth, v);
    const lnRepetition = Math.log(repetitionMultiplier(v[plan.maxEpochsSlot], v[plan.rStarSlot]));

    plan.stocks.forEach((stock, s) => {
      const lnSupply0 = lnRepetition + v[stock.lnUsableFractionSlot] + v[stock.lnTokens0Slot];
      out[s] = exhaustionYear(plan.startYear, plan.horizonYear, lnDemand0 - lnSupply0, demandRateScale, demandGrowth, growthOf(stock.growth, v));
    });
  }
}

/** Fills the per-sample slot vector by running the plan's draw steps in order. */
export function drawInputs(plan: Plan, stream: SampleStream, sampleIndex: number, v: Float64Array): void {
  stream.startSample(sampleIndex);
  for (const step of plan.steps) {
    if (step.kind === 'dist') {
      v[step.slot] = sampleInDomain(stream, step.dist, step.domain, step.logSpace, step.truncated);
    } else {
      const rowCount = step.rows.length / step.width;
      const row = Math.min(Math.floor(stream.uniform() * rowCount), rowCount - 1);
      for (let c = 0; c < step.width; c++) v[step.slot + c] = step.rows[row * step.width + c];
    }
  }
}

function growthOf(schedule: PlanSchedule, v: Float64Array): PiecewiseGrowth {
  return { breakYears: schedule.breakYears, lnRates: schedule.lnRateSlots.map((slot) => v[slot]) };
}
