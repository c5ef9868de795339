/** URL of the fit pool's worker script (fit-worker.js beside this module); see sweep-worker-url.ts. */
export const fitWorkerUrl: URL = new URL('./fit-worker.js', import.meta.url);
