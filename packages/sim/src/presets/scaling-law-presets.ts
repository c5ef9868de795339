/**
 * Published Chinchilla-form laws L(N, D) = E + A/N^alpha + B/D^beta, by preset name. E does not enter the
 * demand (only A, B, alpha, beta set the compute-optimal split) but is kept so a preset is the whole law.
 */
export interface ScalingLawParams {
  readonly E: number;
  readonly A: number;
  readonly B: number;
  readonly alpha: number;
  readonly beta: number;
}

export interface ScalingLawPreset extends ScalingLawParams {
  readonly description: string;
  readonly source: string;
}

export const SCALING_LAW_PRESETS: Readonly<Record<string, ScalingLawPreset>> = {
  hoffmann2022: {
    E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28,
    description: 'Chinchilla, Approach 3, as printed (tokens per parameter grow with compute: ~90 at 6e23 FLOP)',
    source: 'Hoffmann et al. 2022, arXiv:2203.15556, Appendix D.2, Eq. (10)',
  },
  besiroglu2024: {
    E: 1.8172, A: 482.01, B: 2085.43, alpha: 0.3478, beta: 0.3658,
    description: 'Chinchilla replication: refit of Approach 3 on the 240 runs read from Figure 4 (~17 tokens per parameter)',
    source: 'Besiroglu, Erdil, Barnett & You 2024, arXiv:2404.10102, point estimates',
  },
  muennighoff2023: {
    E: 1.869, A: 520.8, B: 1487.7, alpha: 0.3526596, beta: 0.3526596,
    description: 'Data-constrained scaling fit on C4 (alpha = beta: a flat ~19.6 tokens per parameter)',
    source: 'Muennighoff et al. 2023, arXiv:2305.16264; constants from the datablations README, "Parametric Fit" (A = e^6.255414, B = e^7.3049974, E = e^0.6254804)',
  },
  'chinchilla-20': {
    E: 0, A: 1, B: 4.47213595499958, alpha: 0.5, beta: 0.5,
    description: 'The "20 tokens per parameter" rule, D = sqrt(20 C / 6), as used by Villalobos et al. 2022 and 2024',
    source: 'Hoffmann et al. 2022 (20 tokens/param for Chinchilla 70B on 1.4T); Villalobos et al. 2024, Eq. 3 (D = 20·sqrt(C/(6·20))); A/B = 1/sqrt(20) with alpha = beta = 1/2 gives exactly that',
  },
};
