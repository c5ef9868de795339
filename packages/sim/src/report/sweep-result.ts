import type { Plan } from '../model/plan.js';
import { resultProvenance } from './result-provenance.js';
import { THIS_HORIZON, type HorizonVersion } from '../version.js';
import type { SweepSummary } from '../summary/sweep-summary.js';
import { yearQuantile, yearlyCdf } from '../summary/year-quantile.js';
import { trajectoriesResult, type TrajectoriesResult } from './trajectories-result.js';
import { sensitivityResult, type EventSensitivityResult, type InputSensitivity } from './sensitivity-result.js';

/** The quantiles docs/output.md reports, by key. */
export const QUANTILE_LEVELS = { p5: 0.05, p10: 0.1, p25: 0.25, p50: 0.5, p75: 0.75, p90: 0.9, p95: 0.95 } as const;
/** A reported quantile's key: `p5`, `p10`, `p25`, `p50` (the median), `p75`, `p90`, `p95`. */
export type QuantileKey = keyof typeof QUANTILE_LEVELS;

/** One stock's answer in a result (docs/output.md): when its usable tokens run out, as quantiles, probabilities and a yearly CDF. */
export interface StockResult {
  /** Exhaustion-year quantiles (0.01 year), null where they fall in the "never" mass. */
  quantiles: Record<QuantileKey, number | null>;
  pAlready: number;
  pNever: number;
  cdf: Array<{ year: number; p: number }>;
}

/** The JSON document of docs/output.md. Key order is fixed, so equal summaries print equal bytes. */
export interface SweepResult {
  /** Extra key: the Horizon version and random-stream version that computed the result. */
  horizon: HorizonVersion;
  scenario: string;
  /** Extra key: "sha256:…" of the scenario as run (`scenarioDigest`, defined in docs/output.md). */
  scenarioDigest: string;
  samples: number;
  seed: number;
  startYear: number;
  horizonYear: number;
  stocks: Record<string, StockResult>;
  /** Extra key: yearly demand and supply quantiles (with `--trajectories`). */
  trajectories?: TrajectoriesResult;
  /** Extra key: per stock, inputs ranked by first-order sensitivity index (with `--explain`). */
  sensitivity?: Record<string, InputSensitivity[]>;
}

/** Years to 0.01, probabilities to 1e-6: the printed precision, chosen once here. */
const roundYear = (year: number): number => Math.round(year * 100) / 100;
const roundP = (p: number): number => Math.round(p * 1e6) / 1e6;

/**
 * The result document of a sweep of `plan` with `seed` whose counts are `summary`, as computed by `horizon`
 * (this build unless given: a merge passes the version its shards record).
 */
export function sweepResult(plan: Plan, seed: number, summary: SweepSummary, horizon: HorizonVersion = THIS_HORIZON, events?: EventSensitivityResult): SweepResult {
  const { samples, startYear, horizonYear } = summary;
  const stockNames = plan.stocks.map((stock) => stock.name);
  const provenance = resultProvenance(plan, horizon);
  const stocks = stockResults(plan, summary);
  const result: SweepResult = { horizon: provenance.horizon, scenario: plan.name, scenarioDigest: provenance.scenarioDigest, samples, seed, startYear, horizonYear, stocks };
  if (summary.trajectories) result.trajectories = trajectoriesResult(summary.trajectories, stockNames);
  if (summary.sensitivity) result.sensitivity = sensitivityResult(summary.sensitivity, samples, startYear, stockNames, events);
  return result;
}

/** The result's `stocks`: each stock's quantiles, P(already), P(never) and yearly CDF. */
export function stockResults(plan: Plan, summary: SweepSummary): Record<string, StockResult> {
  const { samples, startYear, horizonYear } = summary;
  // No prototype: a stock may be named "__proto__" and must still be a plain key.
  const stocks: Record<string, StockResult> = Object.create(null);
  plan.stocks.forEach(({ name }, k) => {
    const counts = summary.stocks[k];
    const quantiles = {} as Record<QuantileKey, number | null>;
    for (const [key, p] of Object.entries(QUANTILE_LEVELS) as Array<[QuantileKey, number]>) {
      const year = yearQuantile(counts, samples, startYear, p);
      quantiles[key] = year === null ? null : roundYear(year);
    }
    const cdf = yearlyCdf(counts, samples, startYear, horizonYear).map((p, i) => ({ year: startYear + i, p: roundP(p) }));
    stocks[name] = { quantiles, pAlready: roundP(counts.already / samples), pNever: roundP(counts.never / samples), cdf };
  });
  return stocks;
}
