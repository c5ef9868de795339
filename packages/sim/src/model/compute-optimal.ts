import type { ScalingLawParams } from '../presets/scaling-law-presets.js';

/**
 * Compute-optimal allocation for L(N, D) = E + A/N^alpha + B/D^beta under C = 6 N D (Hoffmann et al. 2022,
 * Eq. 4 and Appendix D.2; docs/model.md): N_opt = G (C/6)^a, D_opt = (C/6)^b / G with a = beta/(alpha+beta),
 * b = alpha/(alpha+beta), G = (alpha A / (beta B))^(1/(alpha+beta)).
 */
export interface ComputeOptimalExponents {
  /** Exponent of N_opt in C. */
  readonly a: number;
  /** Exponent of D_opt in C. */
  readonly b: number;
  /** ln G. */
  readonly lnG: number;
}

export function computeOptimalExponents(law: Pick<ScalingLawParams, 'A' | 'B' | 'alpha' | 'beta'>): ComputeOptimalExponents {
  const sum = law.alpha + law.beta;
  return {
    a: law.beta / sum,
    b: law.alpha / sum,
    lnG: (Math.log(law.alpha * law.A) - Math.log(law.beta * law.B)) / sum,
  };
}

/** ln D(C) with overtraining k: ln D_opt(C) + ln(k)/2 (k× the tokens per parameter at equal compute = √k × the data). */
export function lnTokensForCompute(lnFlops: number, exponents: ComputeOptimalExponents, lnOvertraining: number): number {
  return exponents.b * (lnFlops - Math.log(6)) - exponents.lnG + 0.5 * lnOvertraining;
}

/** Compute-optimal tokens per parameter at compute C (FLOP). */
export function tokensPerParameter(flops: number, law: Pick<ScalingLawParams, 'A' | 'B' | 'alpha' | 'beta'>): number {
  const { a, b, lnG } = computeOptimalExponents(law);
  const lnC6 = Math.log(flops / 6);
  return Math.exp((b - a) * lnC6 - 2 * lnG);
}
