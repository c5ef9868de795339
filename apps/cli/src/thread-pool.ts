import { fileURLToPath } from 'node:url';
import * as workerpool from 'workerpool';

/**
 * A pool of exactly `threads` Node worker threads running the worker script at `workerUrl` (packages/sim's
 * sweep or fit worker). A worker still running when the pool is terminated is stopped at once, not awaited,
 * so Ctrl-C ends a run immediately.
 */
export function createThreadPool(workerUrl: URL, threads: number): workerpool.Pool {
  return workerpool.pool(fileURLToPath(workerUrl), {
    workerType: 'thread',
    minWorkers: threads,
    maxWorkers: threads,
    workerTerminateTimeout: 0,
  });
}
