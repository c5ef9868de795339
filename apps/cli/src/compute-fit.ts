import { betterFit, bootstrapFits, checkRunsDetermineLaw, fitFromStarts, scalingLawFit, toRunSet, DRAW_WIDTH, type ScalingLawFit, type StartFit, type TrainingRun } from '@horizon/sim';
import { Interrupted } from './run.js';

/** Starts fitted between two checks for Ctrl-C (about 1.5 s on the 240 Chinchilla runs). */
const STARTS_PER_CHUNK = 250;
/** Bootstrap refits made between two checks for Ctrl-C. */
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
  /** Aborted on Ctrl-C: checked between chunks. */
  readonly signal?: AbortSignal;
  /** Called after each chunk with what is done. */
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
 * Runs the multi-start fit and the bootstrap in chunks, in this thread, yielding to the event loop between
 * chunks so Ctrl-C is honoured. Chunks are reduced with `betterFit` and refits are indexed by (seed, r), so
 * the result does not depend on the chunk size: the worker pool can take the chunks as they are.
 */
export async function computeFit(options: ComputeFitOptions): Promise<ComputedFit> {
  const { runs, starts, refits, seed, signal, onProgress } = options;
  checkRunsDetermineLaw(runs, options.source);
  const set = toRunSet(runs);
  let best: StartFit | null = null;
  for (let first = 0; first < starts.length; first += STARTS_PER_CHUNK) {
    best = betterFit(best, fitFromStarts(set, starts.slice(first, first + STARTS_PER_CHUNK), {}, first));
    onProgress?.('starts', Math.min(first + STARTS_PER_CHUNK, starts.length), starts.length);
    await checkpoint(signal);
  }
  const fit = scalingLawFit(best, runs.length, options.source);

  const draws = new Float64Array(refits * DRAW_WIDTH);
  let convergedRefits = 0;
  for (let first = 0; first < refits; first += REFITS_PER_CHUNK) {
    const chunk = bootstrapFits(set, fit.x, { refits: Math.min(REFITS_PER_CHUNK, refits - first), seed, firstRefit: first });
    draws.set(chunk.draws, first * DRAW_WIDTH);
    convergedRefits += chunk.converged;
    onProgress?.('refits', Math.min(first + REFITS_PER_CHUNK, refits), refits);
    await checkpoint(signal);
  }
  return { fit, draws, convergedRefits };
}

async function checkpoint(signal: AbortSignal | undefined): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  if (signal?.aborted) throw new Interrupted();
}
