import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateScenario } from '../scenario/validate-scenario.js';
import { compilePlan } from '../model/compile-plan.js';
import { ReferenceEngine } from '../engine/reference-engine.js';
import { SCENARIO_PRESETS } from '../presets/presets.js';
import { createSummary } from './sweep-summary.js';
import { SENSITIVITY_BINS, SENSITIVITY_SAMPLES, limbValue, sensitivityInputs, sensitivitySampleCount } from './sensitivity-accumulator.js';

describe('sensitivitySampleCount', () => {
  it('counts the samples of a range below SENSITIVITY_SAMPLES, and adds up over any split of a run', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 3 * SENSITIVITY_SAMPLES }), { maxLength: 5 }), fc.integer({ min: 0, max: 3 * SENSITIVITY_SAMPLES }), (cuts, samples) => {
        const edges = [0, ...cuts.filter((c) => c < samples).sort((a, b) => a - b), samples];
        let total = 0;
        for (let k = 1; k < edges.length; k++) total += sensitivitySampleCount(edges[k - 1], edges[k]);
        expect(total).toBe(Math.min(samples, SENSITIVITY_SAMPLES));
      }),
    );
    expect(sensitivitySampleCount(SENSITIVITY_SAMPLES - 3, SENSITIVITY_SAMPLES + 5)).toBe(3);
    expect(sensitivitySampleCount(SENSITIVITY_SAMPLES, SENSITIVITY_SAMPLES + 5)).toBe(0);
  });
});

describe('the sensitivity section adds the run\'s first SENSITIVITY_SAMPLES samples only', () => {
  const plan = compilePlan(validateScenario(SCENARIO_PRESETS['contract-example']));
  const inputs = sensitivityInputs(plan);

  it('a block across the end adds the samples before it, and one past it adds nothing', () => {
    const across = createSummary(plan.startYear, plan.horizonYear, plan.stocks.length, { sensitivityInputs: inputs });
    new ReferenceEngine(plan, 3).runBlock(SENSITIVITY_SAMPLES - 700, 1000, across);
    const before = createSummary(plan.startYear, plan.horizonYear, plan.stocks.length, { sensitivityInputs: inputs });
    new ReferenceEngine(plan, 3).runBlock(SENSITIVITY_SAMPLES - 700, 700, before);
    expect(across.samples).toBe(1000);
    expect(across.sensitivity!.count).toEqual(before.sensitivity!.count);
    expect(across.sensitivity!.sumQ).toEqual(before.sensitivity!.sumQ);
    expect(limbValue(across.sensitivity!.totalQ, 0)).toBe(limbValue(before.sensitivity!.totalQ, 0));
    // Every input that is not fixed counted the 700 samples below the end.
    inputs.forEach((input, i) => {
      const counted = across.sensitivity!.count.subarray(i * SENSITIVITY_BINS, (i + 1) * SENSITIVITY_BINS).reduce((a, b) => a + b, 0);
      expect(counted).toBe(input.edges.length === 0 ? 0 : 700);
    });

    const past = createSummary(plan.startYear, plan.horizonYear, plan.stocks.length, { sensitivityInputs: inputs });
    new ReferenceEngine(plan, 3).runBlock(SENSITIVITY_SAMPLES, 500, past);
    expect(past.samples).toBe(500);
    expect(past.sensitivity!.count.every((n) => n === 0)).toBe(true);
    expect(past.sensitivity!.totalQ.every((n) => n === 0)).toBe(true);
  });
});
