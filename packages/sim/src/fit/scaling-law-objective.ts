import { huber, huberDerivative } from './huber.js';
import type { RunSet } from './run-set.js';

/**
 * Huber threshold on log-loss residuals, as in Hoffmann et al. 2022, Appendix D.2 (delta = 10^-3), kept by
 * Besiroglu et al. 2024.
 */
export const HUBER_DELTA = 1e-3;

/**
 * Indices into the fit's parameter vector x = [a, b, e, alpha, beta], where A = exp(a), B = exp(b),
 * E = exp(e) (Hoffmann et al. 2022, Eq. 9: fitting the logs keeps A, B, E positive and their scales even).
 */
export const FIT_A = 0;
export const FIT_B = 1;
export const FIT_E = 2;
export const FIT_ALPHA = 3;
export const FIT_BETA = 4;
/** Length of the parameter vector. */
export const FIT_DIMENSION = 5;

/**
 * The fit's objective: Σ_i w_i · Huber_δ(LSE(a − alpha ln N_i, b − beta ln D_i, e) − ln L_i), a SUM over runs
 * (never a mean: dividing by the run count shrinks the gradient, and any absolute stopping rule then stops
 * early on the flat valley along A and B). LSE(u) = ln Σ exp(u_k) is ln(A/N^alpha + B/D^beta + E), computed
 * stably around its largest term. Writes the analytic gradient into `gradient` and returns the value.
 */
export function scalingLawObjective(runs: RunSet, x: ArrayLike<number>, gradient: Float64Array, delta = HUBER_DELTA): number {
  const a = x[FIT_A];
  const b = x[FIT_B];
  const e = x[FIT_E];
  const alpha = x[FIT_ALPHA];
  const beta = x[FIT_BETA];
  const { lnParams, lnTokens, lnLoss, weight } = runs;
  let value = 0;
  let ga = 0;
  let gb = 0;
  let ge = 0;
  let gAlpha = 0;
  let gBeta = 0;
  for (let i = 0; i < lnLoss.length; i++) {
    const w = weight[i];
    if (w === 0) continue;
    const uN = a - alpha * lnParams[i];
    const uD = b - beta * lnTokens[i];
    const top = Math.max(uN, uD, e);
    const expN = Math.exp(uN - top);
    const expD = Math.exp(uD - top);
    const expE = Math.exp(e - top);
    const sum = expN + expD + expE;
    const residual = top + Math.log(sum) - lnLoss[i];
    value += w * huber(residual, delta);
    // d residual / d u_k is the softmax weight exp(u_k) / Σ exp(u).
    const slope = (w * huberDerivative(residual, delta)) / sum;
    ga += slope * expN;
    gb += slope * expD;
    ge += slope * expE;
    gAlpha -= slope * expN * lnParams[i];
    gBeta -= slope * expD * lnTokens[i];
  }
  gradient[FIT_A] = ga;
  gradient[FIT_B] = gb;
  gradient[FIT_E] = ge;
  gradient[FIT_ALPHA] = gAlpha;
  gradient[FIT_BETA] = gBeta;
  return value;
}

/** Predicted log-loss ln(E + A/N^alpha + B/D^beta) for one run, in the fit's coordinates. */
export function lnPredictedLoss(x: ArrayLike<number>, lnParams: number, lnTokens: number): number {
  const uN = x[FIT_A] - x[FIT_ALPHA] * lnParams;
  const uD = x[FIT_B] - x[FIT_BETA] * lnTokens;
  const top = Math.max(uN, uD, x[FIT_E]);
  return top + Math.log(Math.exp(uN - top) + Math.exp(uD - top) + Math.exp(x[FIT_E] - top));
}
