import { describe, expect, it } from 'vitest';
import { inputLabel } from './input-label.js';

describe('inputLabel', () => {
  it('inputLabel(path, names) puts a stock input in words with its name', () => {
    expect(inputLabel('stocks[1].usableFraction', ['web', '<b>books</b>'])).toBe('\u2068<b>books</b>\u2069: usable fraction');
  });

  it('inputLabel names demand models, schedule segments, training and the model choice', () => {
    expect(inputLabel('demand[1].growthPerYear[0].factor', [])).toBe('demand model 2: growth per year, segment 1');
    expect(inputLabel('demand.tokens0', [])).toBe('demand: tokens at start');
    expect(inputLabel('training.maxEpochs', [])).toBe('training: max epochs');
    expect(inputLabel('demand', [])).toBe('choice of demand model');
    expect(inputLabel('demand[0].scalingLaw.alpha', [])).toBe('demand model 1: scaling law alpha');
  });

  it('inputLabel(path, names, modes) names a demand model by what it is', () => {
    expect(inputLabel('demand[0].growthPerYear', [], ['trend', 'compute'])).toBe('demand, historical trend: growth per year');
    expect(inputLabel('demand[1].flops0', [], ['trend', 'compute'])).toBe('demand, compute: compute at start');
  });
});
