import type { Plan } from '../model/plan.js';
import type { Engine } from '../engine/engine.js';
import { runSweep } from '../engine/run-sweep.js';
import type { SweepSummary } from '../summary/sweep-summary.js';
import type { VaryPoint } from './vary-grid.js';

/**
 * Runs every point of a what-if grid on one engine in this thread: one pass over `samples` samples per point,
 * the engine reused (its overrides changed, nothing recompiled). The pooled version is
 * workers/run-pooled-sweep.ts `runPooledPoints`; both give the same summaries.
 */
export function runVarySweep(plan: Plan, engine: Engine, samples: number, points: readonly VaryPoint[]): SweepSummary[] {
  const summaries = points.map((point) => {
    engine.setOverrides(point.overrides);
    return runSweep(plan, engine, samples);
  });
  engine.setOverrides([]);
  return summaries;
}
