import { App } from './app.js';
import { WhatIfRunner } from './whatif/what-if-runner.js';
import { loadKernel } from './compute/load-kernel.js';
import { MAX_WORKERS, WorkerPoolBackend, defaultWorkerCount } from './compute/worker-pool-backend.js';

// The page's entry: one pool of workers for the page's life, the kernel compiled once, then the app.
// `?workers=N` and `?engine=reference` (query, not the shared fragment) override the worker count and the
// engine, for `npm run bench:web`; the numbers are the same either way.
const query = new URLSearchParams(location.search);
const asked = Number(query.get('workers'));
const workers = Number.isInteger(asked) && asked >= 1 ? Math.min(asked, MAX_WORKERS) : defaultWorkerCount();
const backend = new WorkerPoolBackend(workers, () => new Worker(new URL('./compute/engine-worker.ts', import.meta.url), { type: 'module' }));
// The what-if card's grids run on workers of their own (the same engine worker and kernel), so a sweep of an
// input never holds up the page's main answer.
const makeWorker = () => new Worker(new URL('./compute/engine-worker.ts', import.meta.url), { type: 'module' });
const whatIf = new WhatIfRunner(workers, makeWorker, () => backend.kernel);
const app = new App(backend, whatIf);
void (query.get('engine') === 'reference' ? Promise.resolve(undefined) : loadKernel()).then((kernel) => {
  backend.kernel = kernel;
  app.start();
});
