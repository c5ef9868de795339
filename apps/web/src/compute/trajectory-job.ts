import { compilePlan, type Plan, type Scenario, type WasmModule } from '@horizon/sim';
import { eventIndices, recordedTrajectories, type EventSensitivityResult, type TrajectoriesResult } from '@horizon/sim/internal';

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
  if (job.kind === 'trajectories') return recordedTrajectories(plan, job.seed, job.samples);
  return eventIndices(plan, job.seed, job.kernel);
}

/** The last scenario's plan, by its text: a seed edit or another sample count compiles nothing. */
let compiled: { readonly text: string; readonly plan: Plan } | undefined;

function planOf(scenario: Scenario): Plan {
  const text = JSON.stringify(scenario);
  if (compiled?.text !== text) compiled = { text, plan: compilePlan(scenario) };
  return compiled.plan;
}
