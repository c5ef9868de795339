import { validateScenario } from '../scenario/validate-scenario.js';
import { compilePlan } from '../model/compile-plan.js';
import { parseVary } from '../whatif/parse-vary.js';
import { resolveVary } from '../whatif/resolve-vary.js';
import { varyGrid } from '../whatif/vary-grid.js';
import { runVarySweep } from '../whatif/run-vary-sweep.js';
import { varyPointResult, varyResult, type VaryResult } from '../report/vary-result.js';
import { checkedRun, engineFor, type RunOptions } from './run-options.js';

/**
 * Runs a what-if sweep of `scenario` in this thread: every point of the grid the `vary` specifications span,
 * each over the same samples (so only the varied inputs differ between points), as
 * `horizon sweep --vary SPEC … --format json` does. A specification is `PATH=VALUES` (set the input) or
 * `PATH*=VALUES` (scale it), VALUES a comma list (`1,2,5`), `FROM..TO:N` or `FROM..TO:N:log`; docs/scenario.md
 * lists the paths. Throws an InputError naming the offending specification, path or option.
 */
export function varyScenario(scenario: unknown, vary: readonly string[], options: RunOptions = {}): VaryResult {
  const { samples, seed } = checkedRun(options);
  const plan = compilePlan(validateScenario(scenario), options.files);
  const specs = vary.map((text, k) => parseVary(text, `vary[${k}]`));
  const points = varyGrid(specs.map((spec, k) => resolveVary(plan, spec, `vary[${k}]`)), 'vary');
  const summaries = runVarySweep(plan, engineFor(plan, seed, options.kernel), samples, points);
  return varyResult(plan, seed, samples, specs, summaries.map((summary, k) => varyPointResult(plan, points[k].at, summary)));
}
