/// <reference lib="webworker" />
import { compilePlan, type Scenario } from '@horizon/sim';
import { designInputs, eventSensitivity, trajectoriesResult, type TrajectoryRecords } from '@horizon/sim/internal';

/**
 * Takes the result's slower extra parts off the page's thread: the fan chart's exact per-year quantiles
 * (thousands of paths for every year and series) and, with drivers on, the horizon-free event indices of
 * `--explain` (their own sub-sample, from the plan and seed). Each takes a few hundred milliseconds, too long
 * for a frame.
 */
/** Page → worker: one job; the worker answers `{ id, result }`. */
export type TrajectoryJob =
  | { readonly id: number; readonly kind: 'trajectories'; readonly records: TrajectoryRecords; readonly stockNames: string[] }
  | { readonly id: number; readonly kind: 'events'; readonly scenario: Scenario; readonly seed: number };

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<TrajectoryJob>) => {
  const job = event.data;
  if (job.kind === 'trajectories') {
    scope.postMessage({ id: job.id, result: trajectoriesResult(job.records, job.stockNames) });
  } else {
    const plan = compilePlan(job.scenario);
    scope.postMessage({ id: job.id, result: { paths: designInputs(plan).map((input) => input.path), stocks: eventSensitivity(plan, job.seed) } });
  }
};
