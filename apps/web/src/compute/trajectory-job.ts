import { compilePlan, ReferenceEngine, type Plan, type Scenario, type WasmModule } from '@horizon/sim';
import { createSummary, eventIndices, TRAJECTORY_SAMPLES, trajectoriesResult, type EventSensitivityResult, type TrajectoriesResult, type TrajectoryRecords } from '@horizon/sim/internal';

/** Page → trajectory worker: one job; the worker answers `{ id, result }` (trajectory-worker.ts). */
export type TrajectoryJob =
  | { readonly id: number; readonly kind: 'trajectories'; readonly scenario: Scenario; readonly seed: number; readonly samples: number }
  | { readonly id: number; readonly kind: 'events'; readonly scenario: Scenario; readonly seed: number; readonly kernel?: WasmModule };

/**
 * A job's result: the fan chart's per-year quantiles of a run's recorded paths, or the horizon-free event
 * indices of `--explain`, by the job's compiled kernel (posted with the job, so the worker compiles nothing)
 * or, without one (`?engine=reference`, no WebAssembly), by the reference engine: the same numbers.
 */
export function runTrajectoryJob(job: TrajectoryJob): TrajectoriesResult | EventSensitivityResult {
  const plan = planOf(job.scenario);
  if (job.kind === 'trajectories') return runTrajectories(plan, job.seed, job.samples);
  return eventIndices(plan, job.seed, job.kernel);
}

/**
 * The fan chart's quantiles of a run of `samples` samples: the paths of its first TRAJECTORY_SAMPLES samples,
 * recorded by the reference engine as KernelEngine records them in a sweep with `--trajectories` (they depend
 * on the plan and seed alone, so whichever thread records them, the records and their quantiles are the CLI's).
 */
export function runTrajectories(plan: Plan, seed: number, samples: number): TrajectoriesResult {
  return trajectoriesResult(recordedPaths(plan, seed, samples), plan.stocks.map((stock) => stock.name));
}

/** The records of the paths of samples 0 … min(samples, TRAJECTORY_SAMPLES) − 1. */
export function recordedPaths(plan: Plan, seed: number, samples: number): TrajectoryRecords {
  const records = createSummary(plan.startYear, plan.horizonYear, plan.stocks.length, { trajectories: true }).trajectories as TrajectoryRecords;
  new ReferenceEngine(plan, seed).recordTrajectories(0, Math.min(samples, TRAJECTORY_SAMPLES), records);
  return records;
}

/** The last scenario's plan, by its text: a seed edit or another sample count compiles nothing. */
let compiled: { readonly text: string; readonly plan: Plan } | undefined;

function planOf(scenario: Scenario): Plan {
  const text = JSON.stringify(scenario);
  if (compiled?.text !== text) compiled = { text, plan: compilePlan(scenario) };
  return compiled.plan;
}
