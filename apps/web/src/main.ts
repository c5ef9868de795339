import { App } from './app.js';
import { WorkerPoolBackend, defaultWorkerCount } from './compute/worker-pool-backend.js';

// The page's entry: one pool of workers for the page's life, then the app.
const backend = new WorkerPoolBackend(defaultWorkerCount(), () => new Worker(new URL('./compute/engine-worker.ts', import.meta.url), { type: 'module' }));
new App(backend).start();
