import { describe, expect, it } from 'vitest';
import { validateScenario } from '../scenario/validate-scenario.js';
import { compilePlan } from '../model/compile-plan.js';
import { drawInputs } from '../engine/reference-engine.js';
import { SampleStream } from '../random/splitmix64.js';

/**
 * A mixture on a bounded input is truncated per component: component k is drawn with probability w_k / Σw
 * and only its own draws are repeated (docs/model.md). Here usableFraction mixes a normal with 69% of its
 * mass in (0, 1] and a fixed 1 at equal weights: the fixed component must come up half the time. Redrawing
 * the whole mixture instead gives 0.5 / (0.5 + 0.5 · 0.69) ≈ 0.59.
 */
describe('mixture truncation', () => {
  const scenario = {
    name: 'mixture truncation', startYear: 2025, horizonYear: 2060,
    demand: { mode: 'trend', tokens0: 1e13, growthPerYear: 2 },
    stocks: [{ name: 'web', tokens0: 1e14, growthPerYear: 1, usableFraction: { mixture: [{ weight: 1, dist: { normal: { mean: 0.05, sd: 0.1 } } }, { weight: 1, dist: 1 }] } }],
  };

  it('keeps the weights w_k / Σw: the fixed component is drawn in 50% ± 0.5% of 1e5 samples', () => {
    const plan = compilePlan(validateScenario(scenario));
    const step = plan.steps.find((s) => s.path === 'stocks[0].usableFraction')!;
    const values = new Float64Array(plan.slotCount);
    const stream = new SampleStream(4);
    let fixed = 0;
    const samples = 100_000;
    for (let i = 0; i < samples; i++) {
      drawInputs(plan, stream, i, values);
      if (values[step.slot] === 0) fixed++; // ln 1
      else expect(Math.exp(values[step.slot])).toBeLessThanOrEqual(1);
    }
    expect(Math.abs(fixed / samples - 0.5)).toBeLessThan(0.005);
  });

  it('refuses a normal component with less than 1% of its mass in range, naming the component', () => {
    const bad = structuredClone(scenario);
    bad.stocks[0].usableFraction.mixture[0].dist = { normal: { mean: -1, sd: 0.2 } };
    expect(() => validateScenario(bad)).toThrow('stocks[0].usableFraction.mixture[0].dist: only 2.9e-5% of this component is in (0, 1]');
  });
});
