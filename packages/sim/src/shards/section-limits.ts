import type { Plan } from '../model/plan.js';
import { inputError } from '../errors/error-catalogue.js';
import { TRAJECTORY_SAMPLES } from '../summary/trajectory-records.js';
import { SENSITIVITY_BINS } from '../summary/sensitivity-accumulator.js';

/**
 * Most memory one summary section may take (docs/scenario.md, "Limits"): a sweep holds one summary per
 * thread and the merged one, and `--explain` and `--trajectories` grow with a scenario's size (stocks ×
 * inputs, stocks × years), so a scenario inside every other limit could otherwise need gigabytes, and a
 * shared web link crash a tab.
 */
export const MAX_SECTION_BYTES = 64 * 1024 * 1024;

/** The most segments of any schedule in the plan (demand models and stocks): a trajectory record's width. */
export function maxSegments(plan: Pick<Plan, 'demand' | 'stocks'>): number {
  return Math.max(...[...plan.demand, ...plan.stocks].map((owner) => owner.growth.lnRateSlots.length));
}

/**
 * Bytes of the trajectory records: TRAJECTORY_SAMPLES records of one demand-model index plus, per series
 * (demand and each stock), ln0, scale, a segment count, the rates and the break years (2 + 2 · maxSegments).
 */
export function trajectoryBytes(plan: Pick<Plan, 'demand' | 'stocks'>): number {
  return TRAJECTORY_SAMPLES * (1 + (1 + plan.stocks.length) * (2 + 2 * maxSegments(plan))) * 8;
}

/**
 * Bytes of the sensitivity accumulator for `inputs` inputs: stocks × inputs × SENSITIVITY_BINS cells, each
 * holding a count, a never count, two two-limb sums and two block sums (eight f64).
 */
export function sensitivityBytes(stocks: number, inputs: number): number {
  return stocks * inputs * SENSITIVITY_BINS * 8 * 8;
}

/**
 * Throws an InputError naming `flag` when a section asked for would pass MAX_SECTION_BYTES for this plan
 * (`inputs`: the sensitivity inputs, when --explain is asked for).
 */
export function checkSectionLimits(plan: Plan, trajectories: boolean, inputs: number | undefined, flags = { trajectories: '--trajectories', explain: '--explain' }): void {
  const mb = (bytes: number) => `${Math.ceil(bytes / 1048576)} MB`;
  const limit = `at most ${MAX_SECTION_BYTES / 1048576} MB`;
  if (trajectories && trajectoryBytes(plan) > MAX_SECTION_BYTES) {
    throw inputError('trajectoriesTooBig', flags.trajectories, mb(trajectoryBytes(plan)), plan.stocks.length, maxSegments(plan), limit);
  }
  if (inputs !== undefined && sensitivityBytes(plan.stocks.length, inputs) > MAX_SECTION_BYTES) {
    throw inputError('explainTooBig', flags.explain, mb(sensitivityBytes(plan.stocks.length, inputs)), inputs, plan.stocks.length, limit);
  }
}
