import { minimizeLbfgs } from './lbfgs.js';
import type { RunSet } from './run-set.js';
import { HUBER_DELTA, scalingLawObjective } from './scaling-law-objective.js';

/** Stopping rules of a fit. The defaults are tight on purpose: see docs/fit.md, "Traps". */
export interface FitOptions {
  /**
   * Stop when every |∂f/∂x_k| ≤ this times the objective's gradient scale, δ · Σ_i w_i · max(1, |ln N_i|,
   * |ln D_i|) (the largest gradient the summed Huber loss can have). Relative, so it means the same for 10 or
   * 10,000 runs. Defaults to 1e-11.
   */
  readonly relativeGradientTolerance?: number;
  /** Stop an iteration that lowers the objective by less than this fraction of it. Defaults to 0 (off). */
  readonly valueTolerance?: number;
  /** Iteration cap per start. Defaults to 5000. */
  readonly maxIterations?: number;
}

/** The best local optimum among a list of starts, in the fit's coordinates [a, b, e, alpha, beta]. */
export interface StartFit {
  readonly x: Float64Array;
  /** Summed Huber loss at `x`. */
  readonly value: number;
  /** Index of the start it came from, in the caller's numbering. */
  readonly startIndex: number;
  /** The gradient test passed at `x`. */
  readonly converged: boolean;
  readonly iterations: number;
  readonly evaluations: number;
  readonly gradientNorm: number;
}

/** Default of `FitOptions.relativeGradientTolerance`. */
export const RELATIVE_GRADIENT_TOLERANCE = 1e-11;

/**
 * Runs L-BFGS on the summed Huber objective from each start and keeps the lowest optimum. Starts are numbered
 * from `firstIndex`, so a caller can split one list into chunks (e.g. across workers), fit each chunk with its
 * offset and combine the chunk results with `betterFit`: the answer does not depend on the split. Returns
 * null when no start reached a finite value.
 */
export function fitFromStarts(runs: RunSet, starts: readonly ArrayLike<number>[], options: FitOptions = {}, firstIndex = 0): StartFit | null {
  const gradientTolerance = (options.relativeGradientTolerance ?? RELATIVE_GRADIENT_TOLERANCE) * gradientScale(runs);
  const objective = (x: Float64Array, gradient: Float64Array): number => scalingLawObjective(runs, x, gradient);
  let best: StartFit | null = null;
  starts.forEach((start, k) => {
    const result = minimizeLbfgs(objective, start, { gradientTolerance, maxIterations: options.maxIterations, valueTolerance: options.valueTolerance });
    if (!Number.isFinite(result.value)) return;
    best = betterFit(best, {
      x: result.x,
      value: result.value,
      startIndex: firstIndex + k,
      converged: result.converged,
      iterations: result.iterations,
      evaluations: result.evaluations,
      gradientNorm: result.gradientNorm,
    });
  });
  return best;
}

/** The lower of two fits; on a tie, the one from the earlier start, so the reduction is order-free. */
export function betterFit(a: StartFit | null, b: StartFit | null): StartFit | null {
  if (a === null) return b;
  if (b === null) return a;
  if (a.value !== b.value) return a.value < b.value ? a : b;
  return a.startIndex <= b.startIndex ? a : b;
}

/** δ · Σ_i w_i · max(1, |ln N_i|, |ln D_i|): a bound on |∂f/∂x_k| for the summed Huber loss. */
export function gradientScale(runs: RunSet): number {
  let scale = 0;
  for (let i = 0; i < runs.weight.length; i++) {
    scale += runs.weight[i] * Math.max(1, Math.abs(runs.lnParams[i]), Math.abs(runs.lnTokens[i]));
  }
  return HUBER_DELTA * scale;
}
