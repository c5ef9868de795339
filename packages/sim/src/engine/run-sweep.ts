import type { Plan } from '../model/plan.js';
import { createSummary, type SummarySections, type SweepSummary } from '../summary/sweep-summary.js';
import { BLOCK_SIZE, type Engine } from './engine.js';

/** Runs `samples` samples block by block on one engine in this thread. */
export function runSweep(plan: Plan, engine: Engine, samples: number, onBlock?: (done: number) => void, sections: SummarySections = {}): SweepSummary {
  const summary = createSummary(plan.startYear, plan.horizonYear, plan.stocks.length, sections);
  for (let first = 0; first < samples; first += BLOCK_SIZE) {
    engine.runBlock(first, Math.min(BLOCK_SIZE, samples - first), summary);
    onBlock?.(summary.samples);
  }
  return summary;
}
