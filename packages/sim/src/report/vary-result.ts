import type { Plan } from '../model/plan.js';
import type { SweepSummary } from '../summary/sweep-summary.js';
import { stockResults, type StockResult, type SweepResult } from './sweep-result.js';
import { resultProvenance } from './result-provenance.js';
import { THIS_HORIZON, type HorizonVersion } from '../version.js';
import { csvCell } from './result-csv.js';
import { QUANTILE_LEVELS, type QuantileKey } from './sweep-result.js';
import type { VarySpec } from '../whatif/parse-vary.js';

/** One point of a what-if sweep: its value on each axis and each stock's result there. */
export interface VaryPointResult {
  at: number[];
  stocks: Record<string, StockResult>;
}

/** The JSON of `horizon sweep --vary` (docs/output.md): the sweep's keys without `stocks`, then the axes and points. */
export interface VaryResult extends Pick<SweepResult, 'horizon' | 'scenario' | 'scenarioDigest' | 'samples' | 'seed' | 'startYear' | 'horizonYear'> {
  vary: Array<{ path: string; op: 'set' | 'scale'; values: number[] }>;
  points: VaryPointResult[];
}

/** A point's result from its summary: the stocks of the plain sweep's result. */
export function varyPointResult(plan: Plan, at: readonly number[], summary: SweepSummary): VaryPointResult {
  return { at: [...at], stocks: stockResults(plan, summary) };
}

export function varyResult(plan: Plan, seed: number, samples: number, axes: readonly VarySpec[], points: VaryPointResult[], horizon: HorizonVersion = THIS_HORIZON): VaryResult {
  const provenance = resultProvenance(plan, horizon);
  return {
    horizon: provenance.horizon,
    scenario: plan.name,
    scenarioDigest: provenance.scenarioDigest,
    samples,
    seed,
    startYear: plan.startYear,
    horizonYear: plan.horizonYear,
    vary: axes.map((axis) => ({ path: axis.path, op: axis.op, values: [...axis.values] })),
    points,
  };
}

/**
 * Tidy CSV of a what-if sweep: one column per axis (named by its path), then the plain sweep's
 * `stock,statistic,year,value` (report/result-csv.ts), one row per point, stock and statistic.
 */
export function formatVaryCsv(result: VaryResult): string {
  const lines = [[...result.vary.map((axis) => csvCell(axis.path)), 'stock', 'statistic', 'year', 'value'].join(',')];
  for (const point of result.points) {
    const at = point.at.join(',');
    for (const [name, stock] of Object.entries(point.stocks)) {
      const cell = `${at},${csvCell(name)}`;
      for (const key of Object.keys(QUANTILE_LEVELS) as QuantileKey[]) lines.push(`${cell},${key},,${stock.quantiles[key] ?? ''}`);
      lines.push(`${cell},pAlready,,${stock.pAlready}`);
      lines.push(`${cell},pNever,,${stock.pNever}`);
      for (const { year, p } of stock.cdf) lines.push(`${cell},cdf,${year},${p}`);
    }
  }
  return lines.join('\n') + '\n';
}
