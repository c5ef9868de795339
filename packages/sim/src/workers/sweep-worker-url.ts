/**
 * URL of the worker script (sweep-worker.js beside this module). Node turns it into a path for worker threads
 * (`fileURLToPath`); bundlers such as Vite recognise `new URL(…, import.meta.url)` and emit the worker as an
 * asset, so a web page can create a pool from the same URL with `workerType: 'web'` and `{ type: 'module' }`.
 * Horizon's own web app does not: it runs the same `runSweepTask` behind a block protocol of its own
 * (apps/web/src/compute/worker-messages.ts says why).
 */
export const sweepWorkerUrl: URL = new URL('./sweep-worker.js', import.meta.url);
