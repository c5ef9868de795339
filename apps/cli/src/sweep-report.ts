import { sweepResult, type HorizonVersion, type Plan, type SweepSummary } from '@horizon/sim';
import { designInputs, eventSensitivity } from '@horizon/sim/internal';
import type { SweepReport } from './reporters/report.js';

/**
 * What `sweep` and `merge` hand the reporter. One function for both, so a merge of shards prints the bytes
 * of the unsharded run: the result depends only on the plan, the seed, the (exactly merged) summary and the
 * Horizon that computed it (this one, or the one the shards record).
 */
export function sweepReport(plan: Plan, seed: number, summary: SweepSummary, horizon?: HorizonVersion): SweepReport {
  // With --explain, the horizon-free event indices come from their own sub-sample, computed from (plan, seed).
  const events = summary.sensitivity ? { paths: designInputs(plan).map((input) => input.path), stocks: eventSensitivity(plan, seed) } : undefined;
  return { result: sweepResult(plan, seed, summary, horizon, events), summary };
}
