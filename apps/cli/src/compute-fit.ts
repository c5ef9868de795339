import {
  bestOfChunks,
  checkRunsDetermineLaw,
  fitWorkerUrl,
  scalingLawFit,
  toRunSet,
  DRAW_WIDTH,
  type BootstrapFits,
  type BootstrapTask,
  type FitStartsTask,
  type ScalingLawFit,
  type StartFit,
  type TrainingRun,
} from '@horizon/sim';
import { createThreadPool } from './thread-pool.js';
import { Interrupted } from './interrupted.js';

/** Starts per task (about 1.5 s of work on the 240 Chinchilla runs): 18 tasks for the published grid. */
const STARTS_PER_CHUNK = 250;
/** Bootstrap refits per task. */
const REFITS_PER_CHUNK = 50;

/** What `computeFit` fits, and how. */
export interface ComputeFitOptions {
  readonly runs: readonly TrainingRun[];
  /** Names the runs in error lines (the CSV's file name). */
  readonly source: string;
  /** Starts in the fit's coordinates [a, b, e, alpha, beta] (the published grid in the CLI). */
  readonly starts: readonly ArrayLike<number>[];
  /** Bootstrap refits to make, and the seed of their resampling. */
  readonly refits: number;
  readonly seed: number;
  /** Worker threads (≥ 1); the result does not depend on it. */
  readonly threads: number;
  /** Aborted on Ctrl-C: the workers are terminated at once and Interrupted is thrown. */
  readonly signal?: AbortSignal;
  /** Called as tasks finish, with what is done. */
  readonly onProgress?: (phase: 'starts' | 'refits', done: number, total: number) => void;
}

/** The point estimate and the bootstrap draws (row-major E, A, B, alpha, beta). */
export interface ComputedFit {
  readonly fit: ScalingLawFit;
  readonly draws: Float64Array;
  /** Refits whose optimum passed the convergence test. */
  readonly convergedRefits: number;
}

/**
 * Runs the multi-start fit, then the bootstrap, as chunks on a pool of worker threads. Chunks of starts are
 * reduced with `betterFit` (ties broken by start index) and refit r depends only on (seed, r), so the result
 * is the same bytes for any thread count and any completion order.
 */
export async function computeFit(options: ComputeFitOptions): Promise<ComputedFit> {
  const { runs, starts, refits, seed, signal, onProgress } = options;
  checkRunsDetermineLaw(runs, options.source);
  if (signal?.aborted) throw new Interrupted();
  const set = toRunSet(runs);
  const pool = createThreadPool(fitWorkerUrl, options.threads);
  const onAbort = () => void pool.terminate(true);
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const startTasks: FitStartsTask[] = [];
    for (let first = 0; first < starts.length; first += STARTS_PER_CHUNK) {
      startTasks.push({ runs: set, starts: starts.slice(first, first + STARTS_PER_CHUNK).map((s) => Array.from(s)), firstIndex: first });
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
    for (let first = 0; first < refits; first += REFITS_PER_CHUNK) {
      refitTasks.push({ runs: set, optimum: Array.from(fit.x), refits: Math.min(REFITS_PER_CHUNK, refits - first), seed, firstRefit: first });
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
    if (signal?.aborted) throw new Interrupted();
    throw error;
  } finally {
    signal?.removeEventListener('abort', onAbort);
    await pool.terminate(true);
  }
}
