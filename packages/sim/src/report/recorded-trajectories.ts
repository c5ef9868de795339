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
  const records = createSummary(plan.startYear, plan.horizonYear, plan.stocks.length, { trajectories: true }).trajectories as TrajectoryRecords;
  new ReferenceEngine(plan, seed).recordTrajectories(0, Math.min(samples, TRAJECTORY_SAMPLES), records);
  return trajectoriesResult(records, plan.stocks.map((stock) => stock.name));
}
