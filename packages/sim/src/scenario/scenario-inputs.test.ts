import { describe, expect, it } from 'vitest';
import { AT_LEAST_ONE, FRACTION, POSITIVE } from '../distributions/domain.js';
import { repetitionMultiplier } from '../model/repetition.js';
import { validateScenario } from './validate-scenario.js';
import { SCENARIO_INPUTS, keyWords, type InputRole } from './scenario-inputs.js';

const scenario = (patch: Record<string, unknown>) => ({
  name: 'x',
  startYear: 2024,
  horizonYear: 2100,
  demand: { mode: 'trend', tokens0: 1e13, growthPerYear: 2 },
  stocks: [{ name: 's', tokens0: 1e14, growthPerYear: 1.05 }],
  ...patch,
});

describe('SCENARIO_INPUTS', () => {
  it('the validator refuses a value just outside each input\'s domain and takes one just inside', () => {
    const cases: Array<[InputRole, (value: number) => Record<string, unknown>]> = [
      ['training.maxEpochs', (maxEpochs) => ({ training: { maxEpochs } })],
      ['training.rStar', (rStar) => ({ training: { rStar } })],
      ['stock.usableFraction', (usableFraction) => ({ stocks: [{ name: 's', tokens0: 1e14, growthPerYear: 1.05, usableFraction }] })],
      ['stock.tokens0', (tokens0) => ({ stocks: [{ name: 's', tokens0, growthPerYear: 1.05 }] })],
      ['trend.tokens0', (tokens0) => ({ demand: { mode: 'trend', tokens0, growthPerYear: 2 } })],
    ];
    for (const [role, patch] of cases) {
      const { domain } = SCENARIO_INPUTS[role];
      const inside = domain.minInclusive ? domain.min : domain.min + 1e-9;
      const outside = domain.minInclusive ? domain.min - 1e-9 : domain.min;
      expect(() => validateScenario(scenario(patch(inside))), role).not.toThrow();
      expect(() => validateScenario(scenario(patch(outside))), role).toThrow(domain.rule);
    }
  });

  it('states the documented ranges and defaults (docs/scenario.md)', () => {
    expect(SCENARIO_INPUTS['training.maxEpochs']).toMatchObject({ domain: AT_LEAST_ONE, default: 1 });
    expect(SCENARIO_INPUTS['compute.overtraining']).toMatchObject({ domain: AT_LEAST_ONE, default: 1 });
    expect(SCENARIO_INPUTS['stock.usableFraction']).toMatchObject({ domain: FRACTION, default: 1 });
    expect(SCENARIO_INPUTS['training.rStar']).toMatchObject({ domain: POSITIVE, default: 15.4 });
  });

  it('the default maxEpochs of 1 leaves the stock as it is', () => {
    expect(repetitionMultiplier(SCENARIO_INPUTS['training.maxEpochs'].default, SCENARIO_INPUTS['training.rStar'].default)).toBe(1);
  });

  it('inputs with the same key have the same words wherever they sit, so keyWords is one answer', () => {
    for (const role of Object.keys(SCENARIO_INPUTS) as InputRole[]) {
      const key = role.slice(role.indexOf('.') + 1);
      expect(keyWords(key), role).toBe(SCENARIO_INPUTS[role].words);
    }
  });
});
