import { betterFit, fitFromStarts, type StartFit } from '../fit/fit-from-starts.js';
import { bootstrapFits, type BootstrapFits } from '../fit/bootstrap-fits.js';
import type { RunSet } from '../fit/run-set.js';

/** A chunk of the multi-start fit: starts [firstIndex, firstIndex + starts.length) of the grid. */
export interface FitStartsTask {
  readonly runs: RunSet;
  readonly starts: readonly (readonly number[])[];
  readonly firstIndex: number;
}

/** A chunk of the bootstrap: refits [firstRefit, firstRefit + refits), each depending only on (seed, r). */
export interface BootstrapTask {
  readonly runs: RunSet;
  /** The full-sample optimum in the fit's coordinates (the refits' warm start). */
  readonly optimum: readonly number[];
  readonly refits: number;
  readonly seed: number;
  readonly firstRefit: number;
}

/** Runs one chunk of starts: the best local optimum among them (null if none is finite). */
export function runFitStartsTask(task: FitStartsTask): StartFit | null {
  return fitFromStarts(task.runs, task.starts, {}, task.firstIndex);
}

/** Runs one chunk of bootstrap refits. */
export function runBootstrapTask(task: BootstrapTask): BootstrapFits {
  return bootstrapFits(task.runs, task.optimum, { refits: task.refits, seed: task.seed, firstRefit: task.firstRefit });
}

/**
 * Reduces chunk results to the best fit. `betterFit` breaks ties by start index, so any chunking and any
 * completion order give the same fit.
 */
export function bestOfChunks(chunks: ReadonlyArray<StartFit | null>): StartFit | null {
  return chunks.reduce<StartFit | null>((best, chunk) => betterFit(best, chunk), null);
}
