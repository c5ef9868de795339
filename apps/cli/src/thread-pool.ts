import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ResourceLimits } from 'node:worker_threads';
import * as workerpool from 'workerpool';

let scriptFolder: URL | undefined;

/**
 * Makes every pool from now on run the worker script of the same file name in `folder` instead (unset:
 * packages/sim's own). The in-process test runs (test-io.ts) name the CLI's bundle, dist/bundle/: a worker
 * thread loads its sweep-worker.js as one file rather than sim's modules one by one, the same code as the
 * installed `horizon` runs, for a fraction of the start-up of each of the few hundred pools a test run makes.
 */
export function takeWorkerScriptsFrom(folder: URL | undefined): void {
  scriptFolder = folder;
}

/**
 * A pool of exactly `threads` Node worker threads running the worker script at `workerUrl` (packages/sim's
 * sweep or fit worker). A worker still running when the pool is terminated is stopped at once, not awaited,
 * so Ctrl-C ends a run immediately. `resourceLimits` go to each worker thread (Node's `Worker` option).
 */
export function createThreadPool(workerUrl: URL, threads: number, resourceLimits?: ResourceLimits): workerpool.Pool {
  const script = scriptFolder === undefined ? workerUrl : new URL(basename(workerUrl.pathname), scriptFolder);
  return workerpool.pool(fileURLToPath(script), {
    workerType: 'thread',
    minWorkers: threads,
    maxWorkers: threads,
    workerTerminateTimeout: 0,
    workerThreadOpts: resourceLimits ? { resourceLimits } : undefined,
  });
}
