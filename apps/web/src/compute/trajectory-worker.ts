/// <reference lib="webworker" />
import { trajectoriesResult, type TrajectoryRecords } from '@horizon/sim';

/**
 * Takes the fan chart's exact per-year quantiles off the page's thread: selecting quantiles of thousands of
 * paths for every year and series takes a few hundred milliseconds, too long for a frame.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<{ id: number; records: TrajectoryRecords; stockNames: string[] }>) => {
  const { id, records, stockNames } = event.data;
  scope.postMessage({ id, result: trajectoriesResult(records, stockNames) });
};
