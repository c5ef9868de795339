import type { ScalingLawParams } from '../presets/scaling-law-presets.js';
import { FIT_A, FIT_ALPHA, FIT_B, FIT_BETA, FIT_DIMENSION, FIT_E } from './scaling-law-objective.js';

/** The law's parameters from the fit's coordinates [a, b, e, alpha, beta]: A = e^a, B = e^b, E = e^e. */
export function lawFromFit(x: ArrayLike<number>): ScalingLawParams {
  return { E: Math.exp(x[FIT_E]), A: Math.exp(x[FIT_A]), B: Math.exp(x[FIT_B]), alpha: x[FIT_ALPHA], beta: x[FIT_BETA] };
}

/** The fit's coordinates of a law (the inverse of `lawFromFit`); E, A and B must be positive. */
export function fitFromLaw(law: ScalingLawParams): Float64Array {
  const x = new Float64Array(FIT_DIMENSION);
  x[FIT_A] = Math.log(law.A);
  x[FIT_B] = Math.log(law.B);
  x[FIT_E] = Math.log(law.E);
  x[FIT_ALPHA] = law.alpha;
  x[FIT_BETA] = law.beta;
  return x;
}
