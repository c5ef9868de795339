import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateScenario } from '../scenario/validate-scenario.js';
import { compilePlan } from '../model/compile-plan.js';
import type { DrawStep, Plan } from '../model/plan.js';
import type { CompiledDist } from '../distributions/compiled-dist.js';
import { SampleStream } from '../random/splitmix64.js';
import { SCENARIO_PRESETS } from '../presets/presets.js';
import { drawInputs } from './reference-engine.js';
import { AGREEMENT_SCENARIOS, LAW_ROWS } from './agreement-scenarios.fixture.js';

/**
 * Common random numbers (docs/output.md, "The random stream"): the draws of one input in sample i depend only
 * on (seed, i, that input), so changing one input, or adding, removing or reordering stocks, leaves every
 * other input's value in every sample as it was.
 */
const scenarios: Record<string, unknown> = { ...SCENARIO_PRESETS, ...AGREEMENT_SCENARIOS };
const planOf = (scenario: unknown): Plan => compilePlan(validateScenario(scenario), { lawSamples: () => LAW_ROWS });

/** Every input's value in sample `sampleIndex`, by stream name (a row table's columns as name#column). */
function valuesByName(plan: Plan, seed: number, sampleIndex: number): Map<string, number> {
  const values = new Float64Array(plan.slotCount);
  drawInputs(plan, new SampleStream(seed), sampleIndex, values);
  const out = new Map<string, number>();
  for (const step of plan.steps) {
    if (step.kind === 'dist') out.set(step.streamName, values[step.slot]);
    else for (let c = 0; c <= step.width; c++) out.set(`${step.streamName}#${c}`, values[c < step.width ? step.slot + c : step.indexSlot]);
  }
  return out;
}

/** A replacement distribution for a step: fixed, or a different shape on the same (positive) values. */
const replacement: fc.Arbitrary<(step: Extract<DrawStep, { kind: 'dist' }>) => CompiledDist> = fc.oneof(
  fc.double({ min: 1, max: 2, noNaN: true }).map((value) => () => ({ kind: 'fixed', value }) as const),
  fc.double({ min: 0.01, max: 2, noNaN: true }).map((sigma) => () => ({ kind: 'lognormal', mu: 0.5, sigma }) as const),
  fc.constant(() => ({ kind: 'uniform', min: 1, max: 3 }) as const),
);

describe('common random numbers', () => {
  it.each(Object.keys(scenarios))('in %s, fixing or redrawing one input leaves sample i of every other input unchanged', (name) => {
    const plan = planOf(scenarios[name]);
    // Inputs correlated through a copula are drawn jointly: their partners depend on them by design (a what-if
    // override, applied after the copula, still leaves the partners alone: whatif/run-vary-sweep.test.ts).
    const distSteps = plan.steps.flatMap((step, k) => (step.kind === 'dist' && !step.copula ? [k] : []));
    fc.assert(
      fc.property(
        fc.constantFrom(...distSteps),
        replacement,
        fc.integer({ min: 0, max: 2 ** 32 }),
        fc.integer({ min: 0, max: 2 ** 40 }),
        (stepIndex, replace, seed, sampleIndex) => {
          const step = plan.steps[stepIndex] as Extract<DrawStep, { kind: 'dist' }>;
          const changed: Plan = { ...plan, steps: plan.steps.map((s, k) => (k === stepIndex ? { ...step, dist: replace(step), truncated: false } : s)) };
          const before = valuesByName(plan, seed, sampleIndex);
          const after = valuesByName(changed, seed, sampleIndex);
          for (const [input, value] of before) if (input !== step.streamName) expect(after.get(input)).toBe(value);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('removing, adding or reordering stocks leaves every remaining input\'s sample i unchanged', () => {
    const base = AGREEMENT_SCENARIOS['every distribution kind, trend demand'] as { stocks: unknown[] };
    fc.assert(
      fc.property(
        fc.shuffledSubarray(base.stocks, { minLength: 1 }),
        fc.integer({ min: 0, max: 2 ** 32 }),
        fc.integer({ min: 0, max: 2 ** 40 }),
        (stocks, seed, sampleIndex) => {
          const full = valuesByName(planOf(base), seed, sampleIndex);
          const some = valuesByName(planOf({ ...base, stocks }), seed, sampleIndex);
          for (const [input, value] of some) expect(value).toBe(full.get(input));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a single demand model draws as model 0 of a list: adding a second model leaves its inputs unchanged', () => {
    const single = AGREEMENT_SCENARIOS['compute demand with a distributed law, overtraining and a schedule'] as { demand: object };
    const listed = { ...single, demand: [{ ...single.demand, weight: 1 }, { mode: 'trend', weight: 1, tokens0: 1e13, growthPerYear: 2 }] };
    const one = valuesByName(planOf(single), 5, 77);
    const two = valuesByName(planOf(listed), 5, 77);
    for (const [input, value] of one) expect(two.get(input)).toBe(value);
  });
});
