import type { ScalingLawParams } from '../presets/scaling-law-presets.js';
import { fitFromStarts, type FitOptions, type StartFit } from './fit-from-starts.js';
import { lawFromFit } from './law-from-fit.js';
import type { TrainingRun } from './parse-runs-csv.js';
import { toRunSet } from './run-set.js';
import { FIT_DIMENSION } from './scaling-law-objective.js';
import { PUBLISHED_START_GRID, startGrid } from './start-grid.js';
import { inputError } from '../errors/error-catalogue.js';

/** Options of `fitScalingLaw`. */
export interface ScalingLawFitOptions extends FitOptions {
  /** Starts in the fit's coordinates [a, b, e, alpha, beta]. Defaults to the published 4,500-start grid. */
  readonly starts?: readonly ArrayLike<number>[];
  /** Names the runs in error lines, e.g. the CSV's file name. Defaults to "runs". */
  readonly source?: string;
}

/** The point estimate of a fit. */
export interface ScalingLawFit {
  readonly law: ScalingLawParams;
  /** The optimum in the fit's coordinates [a, b, e, alpha, beta] (a warm start for bootstrap refits). */
  readonly x: Float64Array;
  /** Summed Huber loss at the optimum. */
  readonly objective: number;
  /** The best start's L-BFGS run passed the convergence test. */
  readonly converged: boolean;
  /** Which start (index into `starts`) gave the optimum. */
  readonly startIndex: number;
  readonly runs: number;
}

/**
 * Fits L(N, D) = E + A/N^alpha + B/D^beta to training runs by the published procedure (Hoffmann et al. 2022,
 * Appendix D.2; Besiroglu et al. 2024): L-BFGS on the summed Huber loss (delta 1e-3) of log-space residuals
 * from every start of a grid, keeping the lowest optimum. Throws `InputError` when there are too few
 * distinct runs to determine five parameters, or when no start reaches a finite optimum.
 */
export function fitScalingLaw(runs: readonly TrainingRun[], options: ScalingLawFitOptions = {}): ScalingLawFit {
  const source = options.source ?? 'runs';
  checkRunsDetermineLaw(runs, source);
  const starts = options.starts ?? startGrid(PUBLISHED_START_GRID);
  return scalingLawFit(fitFromStarts(toRunSet(runs), starts, options), runs.length, source);
}

/** Throws `InputError` (naming `source`) unless there are at least as many distinct (N, D) runs as parameters. */
export function checkRunsDetermineLaw(runs: readonly TrainingRun[], source: string): void {
  const distinct = new Set(runs.map((run) => `${run.params},${run.tokens}`)).size;
  if (distinct < FIT_DIMENSION) {
    throw inputError('tooFewFitRuns', source, distinct, FIT_DIMENSION);
  }
}

/**
 * The fit's result from the best start (e.g. reduced over chunks with `betterFit`); throws `InputError`
 * (naming `source`) when no start reached a finite optimum.
 */
export function scalingLawFit(best: StartFit | null, runCount: number, source: string): ScalingLawFit {
  if (best === null) throw inputError('fitNoOptimum', source);
  return { law: lawFromFit(best.x), x: best.x, objective: best.value, converged: best.converged, startIndex: best.startIndex, runs: runCount };
}
