import type { Pool } from 'workerpool';
import type { StartFit } from '../fit/fit-from-starts.js';
import type { BootstrapFits } from '../fit/bootstrap-fits.js';
import type { TrainingRun } from '../fit/parse-runs-csv.js';
import { toRunSet } from '../fit/run-set.js';
import { checkRunsDetermineLaw, scalingLawFit, type ScalingLawFit } from '../fit/fit-scaling-law.js';
import { DRAW_WIDTH } from '../scenario/law-draws-csv.js';
import { bestOfChunks, type BootstrapTask, type FitStartsTask } from './fit-tasks.js';

/** Starts per task (about 1.5 s of work on the 240 Chinchilla runs): 18 tasks for the published grid. */
export const STARTS_PER_TASK = 250;
/** Bootstrap refits per task. */
export const REFITS_PER_TASK = 50;

/** What `runPooledFit` fits, and how. */
export interface PooledFitOptions {
  readonly runs: readonly TrainingRun[];
  /** Names the runs in error lines (the CSV's file name). */
  readonly source: string;
  /** Starts in the fit's coordinates [a, b, e, alpha, beta] (e.g. the published grid). */
  readonly starts: readonly ArrayLike<number>[];
  /** Bootstrap refits to make, and the seed of their resampling. */
  readonly refits: number;
  readonly seed: number;
  /** Aborting terminates the pool's workers at once and rejects with the signal's reason. */
  readonly signal?: AbortSignal;
  /** Called as tasks finish, with what is done of the phase. */
  readonly onProgress?: (phase: 'starts' | 'refits', done: number, total: number) => void;
}

/** The point estimate and the bootstrap draws (row-major E, A, B, alpha, beta). */
export interface PooledFit {
  readonly fit: ScalingLawFit;
  readonly draws: Float64Array;
  /** Refits whose optimum passed the convergence test. */
  readonly convergedRefits: number;
}

/**
 * The multi-start fit, then the bootstrap, as tasks on a workerpool pool of fit workers (./fit-worker.ts):
 * Node worker threads or Web Workers. Chunks of starts are reduced with `betterFit` (ties broken by start
 * index) and refit r depends only on (seed, r), so the result is the same bytes for any number of workers and
 * any completion order. The pooled sweep (./run-pooled-sweep.ts) is the same idea for samples.
 */
export async function runPooledFit(pool: Pool, options: PooledFitOptions): Promise<PooledFit> {
  const { runs, starts, refits, seed, signal, onProgress } = options;
  checkRunsDetermineLaw(runs, options.source);
  signal?.throwIfAborted();
  const onAbort = (): void => void pool.terminate(true);
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const set = toRunSet(runs);
    const startTasks: FitStartsTask[] = [];
    for (let first = 0; first < starts.length; first += STARTS_PER_TASK) {
      startTasks.push({ runs: set, starts: starts.slice(first, first + STARTS_PER_TASK).map((s) => Array.from(s)), firstIndex: first });
    }
    let startsDone = 0;
    const startFits = await Promise.all(
      startTasks.map(async (task) => {
        const fit = (await pool.exec('runFitStartsTask', [task])) as StartFit | null;
        startsDone += task.starts.length;
        onProgress?.('starts', startsDone, starts.length);
        return fit;
      }),
    );
    const fit = scalingLawFit(bestOfChunks(startFits), runs.length, options.source);

    const refitTasks: BootstrapTask[] = [];
    for (let first = 0; first < refits; first += REFITS_PER_TASK) {
      refitTasks.push({ runs: set, optimum: Array.from(fit.x), refits: Math.min(REFITS_PER_TASK, refits - first), seed, firstRefit: first });
    }
    const draws = new Float64Array(refits * DRAW_WIDTH);
    let convergedRefits = 0;
    let refitsDone = 0;
    await Promise.all(
      refitTasks.map(async (task) => {
        const chunk = (await pool.exec('runBootstrapTask', [task])) as BootstrapFits;
        draws.set(chunk.draws, task.firstRefit * DRAW_WIDTH);
        convergedRefits += chunk.converged;
        refitsDone += task.refits;
        onProgress?.('refits', refitsDone, refits);
      }),
    );
    return { fit, draws, convergedRefits };
  } catch (error) {
    signal?.throwIfAborted();
    throw error;
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}
