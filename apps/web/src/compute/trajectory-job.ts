import { compilePlan, type Scenario } from '@horizon/sim';
import { designInputs, eventSensitivity, trajectoriesResult, type EventSensitivityResult, type TrajectoriesResult, type TrajectoryRecords } from '@horizon/sim/internal';

/** Page → trajectory worker: one job; the worker answers `{ id, result }` (trajectory-worker.ts). */
export type TrajectoryJob =
  | { readonly id: number; readonly kind: 'trajectories'; readonly records: TrajectoryRecords; readonly stockNames: string[] }
  | { readonly id: number; readonly kind: 'events'; readonly scenario: Scenario; readonly seed: number };

/** A job's result: the fan chart's per-year quantiles, or the horizon-free event indices of `--explain`. */
export function runTrajectoryJob(job: TrajectoryJob): TrajectoriesResult | EventSensitivityResult {
  if (job.kind === 'trajectories') return trajectoriesResult(job.records, job.stockNames);
  const plan = compilePlan(job.scenario);
  return { paths: designInputs(plan).map((input) => input.path), stocks: eventSensitivity(plan, job.seed) };
}
