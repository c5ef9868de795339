import { validateScenario } from '../scenario/validate-scenario.js';
import { compilePlan } from '../model/compile-plan.js';
import { runSweep } from '../engine/run-sweep.js';
import { sweepResult, type SweepResult } from '../report/sweep-result.js';
import { checkedRun, engineFor, type RunOptions } from './run-options.js';

/**
 * Runs a Monte-Carlo sweep of `scenario` (a scenario as parsed JSON, validated here) in this thread and
 * returns its result: the document `horizon sweep --format json` prints for the same scenario, samples and
 * seed, byte for byte once formatted with `formatResultJson` when `options.kernel` is given. Throws an
 * InputError naming the offending path (`stocks[0].tokens0.lognormal.p95`, `samples`, …) for a bad scenario
 * or option. Memory does not grow with the sample count; time does, about 0.1 to 1 µs a sample with the
 * kernel. For threads, see `runPooledSweep`.
 */
export function sweepScenario(scenario: unknown, options: RunOptions = {}): SweepResult {
  const { samples, seed } = checkedRun(options);
  const plan = compilePlan(validateScenario(scenario), options.files);
  const summary = runSweep(plan, engineFor(plan, seed, options.kernel), samples);
  return sweepResult(plan, seed, summary);
}
