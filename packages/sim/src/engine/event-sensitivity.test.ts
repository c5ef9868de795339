import { describe, expect, it } from 'vitest';
import { validateScenario } from '../scenario/validate-scenario.js';
import { compilePlan } from '../model/compile-plan.js';
import { designInputs } from './design-inputs.js';
import { eventSensitivity } from './event-sensitivity.js';
import { sweepScenario } from '../test-support.js';

/** Two demand models and a stock that a slow sample may never reach by 2080: P(never) ≈ 0.06. */
const scenario = (horizonYear: number) => ({
  name: 'never',
  startYear: 2025,
  horizonYear,
  demand: [
    { mode: 'trend', weight: 1, tokens0: { lognormal: { p5: 5e12, p95: 2e13 } }, growthPerYear: { lognormal: { p5: 1.05, p95: 2.5 } } },
    { mode: 'trend', weight: 1, tokens0: 1e13, growthPerYear: { uniform: { min: 1.1, max: 1.6 } } },
  ],
  stocks: [{ name: 'web', tokens0: { lognormal: { p5: 1e14, p95: 1e15 } }, growthPerYear: { uniform: { min: 1.0, max: 1.1 } } }],
});

describe('eventSensitivity', () => {
  it('with P(never) > 0, moving the horizon from 2080 to 2300 changes no index by more than its stated error', () => {
    const near = compilePlan(validateScenario(scenario(2080)));
    const far = compilePlan(validateScenario(scenario(2300)));
    const [a] = eventSensitivity(near, 3, 2048);
    const [b] = eventSensitivity(far, 3, 2048);
    expect(sweepScenario(scenario(2080), 20_000).result.stocks.web.pNever).toBeGreaterThan(0.05);
    expect(a.pExhausted).toBeGreaterThan(0.3);
    expect(a.byYear).toBe(b.byYear);
    a.indices.forEach((index, i) => {
      expect(Math.abs(index.total - b.indices[i].total)).toBeLessThanOrEqual(index.totalError);
      expect(Math.abs(index.firstOrder - b.indices[i].firstOrder)).toBeLessThanOrEqual(index.firstOrderError);
    });
  });

  it('counts the choice of demand model as an input, whose total effect exceeds its first-order one', () => {
    const plan = compilePlan(validateScenario(scenario(2080)));
    const paths = designInputs(plan).map((input) => input.path);
    const [web] = eventSensitivity(plan, 3, 4096);
    const choice = web.indices[paths.indexOf('demand')];
    expect(choice.total).toBeGreaterThan(choice.firstOrder + 3 * Math.hypot(choice.totalError, choice.firstOrderError));
  });

  it('is the same for the same plan and seed, and uses T when given', () => {
    const plan = compilePlan(validateScenario(scenario(2080)));
    expect(eventSensitivity(plan, 8, 512)).toEqual(eventSensitivity(plan, 8, 512));
    expect(eventSensitivity(plan, 8, 512, [2040])[0].byYear).toBe(2040);
  });
});
