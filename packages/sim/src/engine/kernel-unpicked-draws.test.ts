import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { kernelWasmUrl } from '@horizon/core-wasm';
import { validateScenario } from '../scenario/validate-scenario.js';
import { compilePlan } from '../model/compile-plan.js';
import type { Plan } from '../model/plan.js';
import type { SlotOverride } from '../model/slot-override.js';
import { SCENARIO_PRESETS } from '../presets/presets.js';
import { addYear, createSummary } from '../summary/sweep-summary.js';
import { KernelEngine } from './kernel-engine.js';
import { ReferenceEngine } from './reference-engine.js';
import { AGREEMENT_SCENARIOS, LAW_ROWS } from './agreement-scenarios.fixture.js';
import { compileWasmModuleSync } from './wasm-api.js';

// Without sections the kernel draws an input that only one demand model reads for the samples that picked
// that model alone (packages/core-wasm/assembly/demand-lanes.ts); its per-sample-years hook draws every input.
// Each sample's years must be the same either way, and the reference's.

const kernelModule = compileWasmModuleSync(readFileSync(fileURLToPath(kernelWasmUrl)));
const SAMPLES = 3000;
const FIRST = 2 ** 33 + 17;

function planOf(scenario: unknown): Plan {
  return compilePlan(validateScenario(scenario), { lawSamples: () => LAW_ROWS });
}

function slotOf(plan: Plan, path: string): number {
  const step = plan.steps.find((s) => s.kind === 'dist' && s.path === path);
  if (!step) throw new Error(`no step ${path}`);
  return step.slot;
}

/** The counts of runBlock (draws skipped) and the counts of the hook's per-sample years (every draw). */
function bothWays(plan: Plan, overrides: readonly SlotOverride[]) {
  const kernel = new KernelEngine(kernelModule, plan, 19);
  kernel.setOverrides(overrides);
  const summary = createSummary(plan.startYear, plan.horizonYear, plan.stocks.length);
  kernel.runBlock(FIRST, SAMPLES, summary);
  const hook = new KernelEngine(kernelModule, plan, 19, { yearsCapacity: 1000 });
  hook.setOverrides(overrides);
  const years = hook.sampleYears(FIRST, SAMPLES);
  const reference = new ReferenceEngine(plan, 19);
  reference.setOverrides(overrides);
  const one = new Float64Array(plan.stocks.length);
  const fromYears = createSummary(plan.startYear, plan.horizonYear, plan.stocks.length);
  const fromReference = createSummary(plan.startYear, plan.horizonYear, plan.stocks.length);
  for (let i = 0; i < SAMPLES; i++) {
    reference.sampleYears(FIRST + i, one);
    for (let s = 0; s < plan.stocks.length; s++) {
      addYear(fromYears, s, years[i * plan.stocks.length + s]);
      addYear(fromReference, s, one[s]);
    }
  }
  return { skipped: summary.stocks, every: fromYears.stocks, reference: fromReference.stocks };
}

describe('the kernel skips the draws of the demand models a sample did not pick', () => {
  const cases: Array<[string, Plan, (plan: Plan) => SlotOverride[]]> = [
    ['default preset', planOf(SCENARIO_PRESETS.default), () => []],
    ['default preset, a trend input scaled', planOf(SCENARIO_PRESETS.default), (plan) => [{ slot: slotOf(plan, 'demand[0].tokens0'), op: 'scale', value: 3, logSpace: true }]],
    ['default preset, the choice set to the compute model', planOf(SCENARIO_PRESETS.default), (plan) => [{ slot: plan.demandChoiceSlot, op: 'set', value: 0.75, logSpace: false }]],
    ['three weighted models', planOf(AGREEMENT_SCENARIOS['weighted demand list mixing a trend, a preset law and a row table']), () => []],
  ];

  it.each(cases)('%s: the same counts as with every draw, and as the reference', (_, plan, overridesOf) => {
    const { skipped, every, reference } = bothWays(plan, overridesOf(plan));
    expect(skipped).toEqual(every);
    expect(skipped).toEqual(reference);
  });
});
