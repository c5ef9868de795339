import { wolfeLineSearch, type LineSearchState, type Objective } from './line-search.js';

/** Options of `minimizeLbfgs`. */
export interface LbfgsOptions {
  /** Number of (s, y) pairs kept for the inverse-Hessian estimate. Defaults to 10. */
  readonly memory?: number;
  /** Largest number of iterations (one line search each). Defaults to 5000. */
  readonly maxIterations?: number;
  /**
   * Converged when max_k |∂f/∂x_k| ≤ gradientTolerance. An absolute bound on the gradient: the caller scales
   * it to the objective (see `fitFromStarts`). Defaults to 1e-10.
   */
  readonly gradientTolerance?: number;
  /**
   * Also stop when an iteration lowers f by no more than `valueTolerance · max(|f|, 1e-300)` (relative). 0, the
   * default, stops only when f can no longer decrease at all in floating point. A loose value (e.g. scipy's
   * L-BFGS-B default 2.2e-9) is what makes fits stop early in flat valleys; kept as an option to test that trap.
   */
  readonly valueTolerance?: number;
  /**
   * When f can no longer decrease in floating point, the run still counts as converged if max_k |∂f/∂x_k|
   * ≤ this: near a Huber optimum, rounding in the sum puts a floor under the gradient that can sit above
   * `gradientTolerance`. Defaults to 10^4 · gradientTolerance.
   */
  readonly stalledGradientTolerance?: number;
}

/** Why `minimizeLbfgs` stopped. */
export type LbfgsStop = 'gradient' | 'value' | 'no-progress' | 'max-iterations';

/** Result of `minimizeLbfgs`. */
export interface LbfgsResult {
  readonly x: Float64Array;
  readonly value: number;
  /** max_k |∂f/∂x_k| at `x`. */
  readonly gradientNorm: number;
  readonly iterations: number;
  readonly evaluations: number;
  /** The gradient test passed (the strict one, or the stalled one when f could not decrease further). */
  readonly converged: boolean;
  readonly stop: LbfgsStop;
}

/**
 * Minimises f from x0 with limited-memory BFGS (Nocedal 1980; the two-loop recursion of Nocedal & Wright
 * 2006, Algorithm 7.4, with the initial scaling γ = sᵀy / yᵀy of Eq. 7.20) and a strong Wolfe line search.
 * Deterministic: the same f and x0 give the same bytes.
 */
export function minimizeLbfgs(f: Objective, x0: ArrayLike<number>, options: LbfgsOptions = {}): LbfgsResult {
  const memory = options.memory ?? 10;
  const maxIterations = options.maxIterations ?? 5000;
  const gradientTolerance = options.gradientTolerance ?? 1e-10;
  const valueTolerance = options.valueTolerance ?? 0;
  const stalledGradientTolerance = options.stalledGradientTolerance ?? 1e4 * gradientTolerance;
  const n = x0.length;
  let x: Float64Array = Float64Array.from(x0);
  let gradient: Float64Array = new Float64Array(n);
  let value = f(x, gradient);
  let evaluations = 1;
  if (!Number.isFinite(value)) return finish(0, 'no-progress');

  const s = Array.from({ length: memory }, () => new Float64Array(n));
  const y = Array.from({ length: memory }, () => new Float64Array(n));
  const rho = new Float64Array(memory);
  const alphas = new Float64Array(memory);
  const direction = new Float64Array(n);
  const state: LineSearchState = { x: new Float64Array(n), gradient: new Float64Array(n), value: 0, step: 0, evaluations: 0 };
  let stored = 0;
  let newest = -1;
  let restarted = false;

  for (let iteration = 0; iteration < maxIterations; iteration++) {
    if (maxAbs(gradient) <= gradientTolerance) return finish(iteration, 'gradient');
    // Two-loop recursion: direction = −H ∇f.
    for (let k = 0; k < n; k++) direction[k] = -gradient[k];
    for (let j = 0; j < stored; j++) {
      const m = (newest - j + memory) % memory;
      alphas[m] = rho[m] * dot(s[m], direction);
      axpy(-alphas[m], y[m], direction);
    }
    if (stored > 0) {
      const yy = dot(y[newest], y[newest]);
      scale(dot(s[newest], y[newest]) / yy, direction);
    }
    for (let j = stored - 1; j >= 0; j--) {
      const m = (newest - j + memory) % memory;
      const beta = rho[m] * dot(y[m], direction);
      axpy(alphas[m] - beta, s[m], direction);
    }
    let slope = dot(gradient, direction);
    if (!(slope < 0)) {
      // Not a descent direction (rounding in a flat valley): fall back to steepest descent.
      for (let k = 0; k < n; k++) direction[k] = -gradient[k];
      slope = dot(gradient, direction);
      stored = 0;
    }
    // Without curvature information, take a first step of unit length.
    const initialStep = stored === 0 ? Math.min(1, 1 / Math.sqrt(-slope)) : 1;
    state.evaluations = 0;
    const moved = wolfeLineSearch(f, x, value, slope, direction, initialStep, state, gradient);
    evaluations += state.evaluations;
    if (!moved) {
      // One retry along steepest descent with the memory cleared, then give up: f cannot decrease further.
      if (restarted || stored === 0) return finish(iteration, 'no-progress');
      restarted = true;
      stored = 0;
      continue;
    }
    restarted = false;
    const previousValue = value;
    newest = (newest + 1) % memory;
    const sNew = s[newest];
    const yNew = y[newest];
    for (let k = 0; k < n; k++) {
      sNew[k] = state.x[k] - x[k];
      yNew[k] = state.gradient[k] - gradient[k];
    }
    const sy = dot(sNew, yNew);
    if (sy > 1e-300) {
      rho[newest] = 1 / sy;
      stored = Math.min(stored + 1, memory);
    } else {
      newest = (newest - 1 + memory) % memory;
    }
    const previousX = x;
    x = state.x;
    state.x = previousX;
    const previousGradient = gradient;
    gradient = state.gradient;
    state.gradient = previousGradient;
    value = state.value;
    if (valueTolerance > 0 && previousValue - value <= valueTolerance * Math.max(Math.abs(previousValue), 1e-300)) {
      return finish(iteration + 1, maxAbs(gradient) <= gradientTolerance ? 'gradient' : 'value');
    }
  }
  return finish(maxIterations, 'max-iterations');

  function finish(iterations: number, stop: LbfgsStop): LbfgsResult {
    const gradientNorm = maxAbs(gradient);
    const converged = Number.isFinite(value) && (gradientNorm <= gradientTolerance || (stop === 'no-progress' && gradientNorm <= stalledGradientTolerance));
    return { x, value, gradientNorm, iterations, evaluations, converged, stop };
  }
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let k = 0; k < a.length; k++) sum += a[k] * b[k];
  return sum;
}

function axpy(factor: number, a: Float64Array, into: Float64Array): void {
  for (let k = 0; k < a.length; k++) into[k] += factor * a[k];
}

function scale(factor: number, into: Float64Array): void {
  for (let k = 0; k < into.length; k++) into[k] *= factor;
}

function maxAbs(a: Float64Array): number {
  let max = 0;
  for (let k = 0; k < a.length; k++) max = Math.max(max, Math.abs(a[k]));
  return max;
}
