import { parseCount } from '@horizon/sim/internal';

/** Largest thread count accepted: more workers than this only adds memory. */
export const MAX_THREADS = 256;

/** The worker threads a run uses: `--threads` when given (1 to MAX_THREADS), else one per core. */
export function threadCount(flag: string | undefined, cores: number): number {
  return flag === undefined ? cores : parseCount(flag, '--threads', 1, MAX_THREADS);
}
