import { describe, expect, it } from 'vitest';
import { SCENARIO_INPUTS } from '@horizon/sim/internal';
import { inputHint } from './input-hint.js';

describe('inputHint(input)', () => {
  it('inputHint gives the unit, the range when it is more than "> 0", and a default other than 1', () => {
    expect(inputHint(SCENARIO_INPUTS['stock.tokens0'])).toBe('tokens');
    expect(inputHint(SCENARIO_INPUTS['trend.growthPerYear'])).toBe('× per year');
    expect(inputHint(SCENARIO_INPUTS['training.maxEpochs'])).toBe('passes over the data, ≥ 1');
    expect(inputHint(SCENARIO_INPUTS['compute.overtraining'])).toBe('× tokens per parameter, ≥ 1');
    expect(inputHint(SCENARIO_INPUTS['stock.usableFraction'])).toBe('in (0, 1]');
    expect(inputHint(SCENARIO_INPUTS['training.rStar'])).toBe('decay of repeated data’s worth (15.4)');
  });
});
