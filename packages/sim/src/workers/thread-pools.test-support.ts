import { fileURLToPath } from 'node:url';
import * as workerpool from 'workerpool';
import { afterAll } from 'vitest';

/**
 * Thread pools on one of sim's built worker scripts (vitest does not compile worker threads' modules; `npm test`
 * builds first), made on demand with a given number of workers and all terminated after the test file.
 */
export function threadPools(script: 'sweep-worker' | 'fit-worker'): (workers: number) => workerpool.Pool {
  const workerScript = fileURLToPath(new URL(`../../dist/workers/${script}.js`, import.meta.url));
  const pools: workerpool.Pool[] = [];
  afterAll(async () => {
    await Promise.all(pools.map((pool) => pool.terminate(true)));
  });
  return (workers) => {
    const pool = workerpool.pool(workerScript, { workerType: 'thread', maxWorkers: workers, workerTerminateTimeout: 0 });
    pools.push(pool);
    return pool;
  };
}
