import { validateScenario } from './scenario/validate-scenario.js';
import { compilePlan } from './model/compile-plan.js';
import { ReferenceEngine } from './engine/reference-engine.js';
import { runSweep } from './engine/run-sweep.js';
import { sweepResult, type SweepResult } from './report/sweep-result.js';
import type { Plan } from './model/plan.js';

/** Validates, compiles and runs a scenario on the reference engine, in this thread: a test's plain sweep. */
export function sweepScenario(scenario: unknown, samples: number, seed = 1): { plan: Plan; result: SweepResult } {
  const plan = compilePlan(validateScenario(scenario));
  const summary = runSweep(plan, new ReferenceEngine(plan, seed), samples);
  return { plan, result: sweepResult(plan, seed, summary) };
}

/** Per-sample exhaustion years of every stock for samples [0, count). */
export function sampleYears(scenario: unknown, count: number, seed = 1): Float64Array[] {
  const plan = compilePlan(validateScenario(scenario));
  const engine = new ReferenceEngine(plan, seed);
  const out: Float64Array[] = [];
  for (let i = 0; i < count; i++) {
    const years = new Float64Array(plan.stocks.length);
    engine.sampleYears(i, years);
    out.push(years);
  }
  return out;
}
