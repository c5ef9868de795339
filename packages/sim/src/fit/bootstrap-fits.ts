import { SampleStream } from '../random/splitmix64.js';
import { fitFromStarts, type FitOptions } from './fit-from-starts.js';
import { lawFromFit } from './law-from-fit.js';
import { withWeights, type RunSet } from './run-set.js';
import { DRAW_WIDTH } from '../scenario/law-draws-csv.js';

/** Options of `bootstrapFits`. */
export interface BootstrapOptions extends FitOptions {
  /** Number of refits (draws) to make, ≥ 0. */
  readonly refits: number;
  /** Seed of the resampling stream: the same seed gives the same draws. */
  readonly seed: number;
  /**
   * Index of the first refit, default 0. Refit r uses only (seed, r), so refits 0–499 and 500–999 made
   * apart (e.g. on two workers) and concatenated equal refits 0–999 made at once.
   */
  readonly firstRefit?: number;
  /**
   * Starts of each refit, in the fit's coordinates. Defaults to the full-sample optimum alone (a warm start),
   * which is sound only because the default stopping rules are tight: see docs/fit.md, "Traps".
   */
  readonly starts?: readonly ArrayLike<number>[];
}

/** Bootstrap draws: row-major E, A, B, alpha, beta, one row per refit. */
export interface BootstrapFits {
  readonly draws: Float64Array;
  /** Refits whose best optimum passed the convergence test. */
  readonly converged: number;
}

/**
 * Nonparametric bootstrap of the fit (Efron 1979), as Besiroglu et al. 2024 do for their standard errors: each
 * refit resamples the runs with replacement (n draws from n runs, kept as per-run counts) and minimises the
 * summed Huber loss again. `optimum` is the full-sample fit, used as the warm start unless `starts` is given.
 */
export function bootstrapFits(runs: RunSet, optimum: ArrayLike<number>, options: BootstrapOptions): BootstrapFits {
  const count = runs.weight.length;
  const starts = options.starts ?? [optimum];
  const firstRefit = options.firstRefit ?? 0;
  const stream = new SampleStream(options.seed);
  const draws = new Float64Array(options.refits * DRAW_WIDTH);
  let converged = 0;
  for (let r = 0; r < options.refits; r++) {
    stream.startSample(firstRefit + r);
    const weight = new Float64Array(count);
    for (let i = 0; i < count; i++) weight[Math.min(Math.floor(stream.uniform() * count), count - 1)]++;
    const fit = fitFromStarts(withWeights(runs, weight), starts, options);
    if (fit === null) throw new Error(`bootstrap refit ${firstRefit + r} reached no finite optimum`);
    if (fit.converged) converged++;
    const law = lawFromFit(fit.x);
    draws.set([law.E, law.A, law.B, law.alpha, law.beta], r * DRAW_WIDTH);
  }
  return { draws, converged };
}
