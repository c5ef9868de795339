import { fileURLToPath } from 'node:url';
import type { ResourceLimits } from 'node:worker_threads';
import * as workerpool from 'workerpool';

/**
 * A pool of exactly `threads` Node worker threads running the worker script at `workerUrl` (packages/sim's
 * sweep or fit worker). A worker still running when the pool is terminated is stopped at once, not awaited,
 * so Ctrl-C ends a run immediately. `resourceLimits` go to each worker thread (Node's `Worker` option).
 */
export function createThreadPool(workerUrl: URL, threads: number, resourceLimits?: ResourceLimits): workerpool.Pool {
  return workerpool.pool(fileURLToPath(workerUrl), {
    workerType: 'thread',
    minWorkers: threads,
    maxWorkers: threads,
    workerTerminateTimeout: 0,
    workerThreadOpts: resourceLimits ? { resourceLimits } : undefined,
  });
}
