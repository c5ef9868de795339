import { FIT_DIMENSION } from './scaling-law-objective.js';

/** Values tried for each coordinate of the fit's parameter vector; every combination is one start. */
export interface StartGridSpec {
  readonly a: readonly number[];
  readonly b: readonly number[];
  readonly e: readonly number[];
  readonly alpha: readonly number[];
  readonly beta: readonly number[];
}

/**
 * The published grid of initial points (Hoffmann et al. 2022, Appendix D.2, kept by Besiroglu et al. 2024):
 * alpha, beta ∈ {0, 0.5, 1, 1.5, 2}, e ∈ {−1, −0.5, 0, 0.5, 1}, a, b ∈ {0, 5, 10, 15, 20, 25}:
 * 5 · 5 · 5 · 6 · 6 = 4,500 starts.
 */
export const PUBLISHED_START_GRID: StartGridSpec = {
  a: [0, 5, 10, 15, 20, 25],
  b: [0, 5, 10, 15, 20, 25],
  e: [-1, -0.5, 0, 0.5, 1],
  alpha: [0, 0.5, 1, 1.5, 2],
  beta: [0, 0.5, 1, 1.5, 2],
};

/**
 * A 3 · 3 · 2 · 3 · 3 = 162-start subset of the published grid (every other value), for tests and quick
 * fits. On the Chinchilla runs it finds the same optimum as the full grid.
 */
export const REDUCED_START_GRID: StartGridSpec = {
  a: [0, 10, 20],
  b: [0, 10, 20],
  e: [-1, 1],
  alpha: [0, 1, 2],
  beta: [0, 1, 2],
};

/**
 * Every combination of the grid's values as [a, b, e, alpha, beta], in a fixed order (alpha slowest, then
 * beta, e, a, b), so a start's index names it and chunks of the list can be fitted apart and reduced.
 */
export function startGrid(spec: StartGridSpec): Float64Array[] {
  const starts: Float64Array[] = [];
  for (const alpha of spec.alpha) {
    for (const beta of spec.beta) {
      for (const e of spec.e) {
        for (const a of spec.a) {
          for (const b of spec.b) {
            const start = new Float64Array(FIT_DIMENSION);
            start.set([a, b, e, alpha, beta]);
            starts.push(start);
          }
        }
      }
    }
  }
  return starts;
}
