import { compilePlan, type Scenario, type WasmModule } from '@horizon/sim';
import { eventIndices, trajectoriesResult, type EventSensitivityResult, type TrajectoriesResult, type TrajectoryRecords } from '@horizon/sim/internal';

/** Page → trajectory worker: one job; the worker answers `{ id, result }` (trajectory-worker.ts). */
export type TrajectoryJob =
  | { readonly id: number; readonly kind: 'trajectories'; readonly records: TrajectoryRecords; readonly stockNames: string[] }
  | { readonly id: number; readonly kind: 'events'; readonly scenario: Scenario; readonly seed: number; readonly kernel?: WasmModule };

/**
 * A job's result: the fan chart's per-year quantiles, or the horizon-free event indices of `--explain`, by the
 * job's compiled kernel (posted with the job, so the worker compiles nothing) or, without one
 * (`?engine=reference`, no WebAssembly), by the reference engine: the same numbers.
 */
export function runTrajectoryJob(job: TrajectoryJob): TrajectoriesResult | EventSensitivityResult {
  if (job.kind === 'trajectories') return trajectoriesResult(job.records, job.stockNames);
  const plan = compilePlan(job.scenario);
  return eventIndices(plan, job.seed, job.kernel);
}
