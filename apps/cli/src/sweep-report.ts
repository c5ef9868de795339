import { sweepResult, type HorizonVersion, type Plan, type SweepSummary, type WasmModule } from '@horizon/sim';
import { eventIndices } from '@horizon/sim/internal';
import type { SweepReport } from './reporters/report.js';

/**
 * What `sweep` and `merge` hand the reporter. One function for both, so a merge of shards prints the bytes
 * of the unsharded run: the result depends only on the plan, the seed, the (exactly merged) summary and the
 * Horizon that computed it (this one, or the one the shards record). `kernel`: the compiled kernel that
 * computes `--explain`'s event indices (the reference engine does without it; the same bytes either way).
 */
export function sweepReport(plan: Plan, seed: number, summary: SweepSummary, horizon?: HorizonVersion, kernel?: WasmModule): SweepReport {
  // With --explain, the horizon-free event indices come from their own sub-sample, computed from (plan, seed).
  const events = summary.sensitivity ? eventIndices(plan, seed, kernel) : undefined;
  return { result: sweepResult(plan, seed, summary, horizon, events), summary };
}
