import type { Plan } from '../model/plan.js';
import { ReferenceEngine } from '../engine/reference-engine.js';
import { createSummary } from '../summary/sweep-summary.js';
import { TRAJECTORY_SAMPLES, type TrajectoryRecords } from '../summary/trajectory-records.js';
import { trajectoriesResult, type TrajectoriesResult } from './trajectories-result.js';

/**
 * The fan chart's quantiles of a sweep of `samples` samples with `--trajectories`, from the plan and seed
 * alone: the paths of its first TRAJECTORY_SAMPLES samples, recorded by the reference engine as either engine
 * records them during a sweep (KernelEngine hands the recording to the reference). A thread that does not run
 * the sweep's blocks (the web app's trajectory worker) gets the CLI's bytes this way.
 */
export function recordedTrajectories(plan: Plan, seed: number, samples: number): TrajectoriesResult {
  return trajectoriesResult(recordTrajectories(plan, seed, samples), plan.stocks.map((stock) => stock.name));
}

/** The records behind recordedTrajectories, to take more than one result from (the first years, then every year). */
export function recordTrajectories(plan: Plan, seed: number, samples: number): TrajectoryRecords {
  const records = createSummary(plan.startYear, plan.horizonYear, plan.stocks.length, { trajectories: true }).trajectories as TrajectoryRecords;
  new ReferenceEngine(plan, seed).recordTrajectories(0, Math.min(samples, TRAJECTORY_SAMPLES), records);
  return records;
}
