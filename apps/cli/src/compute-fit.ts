import { fitWorkerUrl, runPooledFit, type PooledFit, type PooledFitOptions } from '@horizon/sim/internal';
import { createThreadPool } from './thread-pool.js';
import { Interrupted } from './interrupted.js';

/** What `computeFit` fits (sim's runPooledFit options), and on how many worker threads. */
export interface ComputeFitOptions extends PooledFitOptions {
  /** Worker threads (≥ 1); the result does not depend on it. */
  readonly threads: number;
}

/**
 * Runs sim's pooled fit (runPooledFit) on a pool of Node worker threads: the CLI's part is only the threads
 * and Ctrl-C, which terminates the workers at once and throws Interrupted.
 */
export async function computeFit(options: ComputeFitOptions): Promise<PooledFit> {
  if (options.signal?.aborted) throw new Interrupted();
  const pool = createThreadPool(fitWorkerUrl, options.threads);
  try {
    return await runPooledFit(pool, options);
  } catch (error) {
    if (options.signal?.aborted) throw new Interrupted();
    throw error;
  } finally {
    await pool.terminate(true);
  }
}
