/**
 * URL of the worker script (sweep-worker.js beside this module). Node turns it into a path for worker threads
 * (`fileURLToPath`); bundlers such as Vite recognise `new URL(…, import.meta.url)` and emit the worker as an
 * asset, so the web app creates its pool from the same URL with `workerType: 'web'` and `{ type: 'module' }`.
 */
export const sweepWorkerUrl: URL = new URL('./sweep-worker.js', import.meta.url);
