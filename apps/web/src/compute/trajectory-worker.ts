/// <reference lib="webworker" />
import { runTrajectoryJob, type TrajectoryJob } from './trajectory-job.js';

/**
 * Takes the result's slower extra parts off the page's thread: the fan chart's exact per-year quantiles (of
 * the run's first 8,192 paths, which it records itself, for every year and series) and, with drivers on, the
 * horizon-free event indices of `--explain` (their own sub-sample, from the plan and seed). Each takes tens of
 * milliseconds or more, too long for a frame.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<TrajectoryJob>) => {
  scope.postMessage({ id: event.data.id, result: runTrajectoryJob(event.data) });
};
