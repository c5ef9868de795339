import { computeOptimalExponents, tokensPerParameter } from '../model/compute-optimal.js';
import type { ScalingLawParams } from '../presets/scaling-law-presets.js';
import { DRAW_WIDTH } from '../scenario/law-draws-csv.js';
import { percentile } from '../math/percentile.js';

/** Compute at which `horizon fit` reports compute-optimal tokens per parameter (FLOP). */
export const TOKENS_PER_PARAMETER_FLOPS = 1e24;

/** The quantities `horizon fit` reports, in print order. */
export const FIT_QUANTITIES = ['E', 'A', 'B', 'alpha', 'beta', 'a', 'b', 'tokensPerParameter'] as const;
export type FitQuantity = (typeof FIT_QUANTITIES)[number];

/** A 90% bootstrap interval: the 5th and 95th percentiles of the refits. */
export interface FitInterval {
  readonly p5: number;
  readonly p95: number;
}

/** Point estimate and 90% intervals of the law's parameters and what they imply. */
export interface FitSummary {
  /** The point estimate, with a = beta/(alpha+beta), b = alpha/(alpha+beta) and tokens per parameter at 1e24 FLOP. */
  readonly point: Readonly<Record<FitQuantity, number>>;
  /** 90% intervals over the bootstrap draws; null without draws. */
  readonly intervals: Readonly<Record<FitQuantity, FitInterval>> | null;
  readonly refits: number;
}

/** Everything `horizon fit` reports about one law. */
export function impliedQuantities(law: ScalingLawParams): Record<FitQuantity, number> {
  const { a, b } = computeOptimalExponents(law);
  return { ...law, a, b, tokensPerParameter: tokensPerParameter(TOKENS_PER_PARAMETER_FLOPS, law) };
}

/** Summarises a fit: its point estimate and, from the bootstrap draws (row-major E, A, B, alpha, beta), 90% intervals. */
export function summarizeFit(law: ScalingLawParams, draws: Float64Array): FitSummary {
  const refits = draws.length / DRAW_WIDTH;
  const point = impliedQuantities(law);
  if (refits === 0) return { point, intervals: null, refits };
  const columns = Object.fromEntries(FIT_QUANTITIES.map((q) => [q, new Float64Array(refits)])) as Record<FitQuantity, Float64Array>;
  for (let r = 0; r < refits; r++) {
    const o = r * DRAW_WIDTH;
    const implied = impliedQuantities({ E: draws[o], A: draws[o + 1], B: draws[o + 2], alpha: draws[o + 3], beta: draws[o + 4] });
    for (const q of FIT_QUANTITIES) columns[q][r] = implied[q];
  }
  const intervals = Object.fromEntries(FIT_QUANTITIES.map((q) => [q, { p5: percentile(columns[q], 0.05), p95: percentile(columns[q], 0.95) }])) as Record<FitQuantity, FitInterval>;
  return { point, intervals, refits };
}
