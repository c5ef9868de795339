import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatPath } from '../errors/input-error.js';
import { inputWords, parentPath, parseInputPath } from './input-path.js';

describe('parseInputPath(path)', () => {
  it('parseInputPath takes a stock, demand model or training input apart', () => {
    expect(parseInputPath('stocks[1].growthPerYear[0].factor')).toEqual({ owner: 'stock', index: 1, keys: ['growthPerYear', 'factor'], segment: 0 });
    expect(parseInputPath('demand.tokens0')).toEqual({ owner: 'demand', index: null, keys: ['tokens0'], segment: null });
    expect(parseInputPath('demand[2].scalingLaw.alpha')).toEqual({ owner: 'demand', index: 2, keys: ['scalingLaw', 'alpha'], segment: null });
    expect(parseInputPath('training.rStar')).toEqual({ owner: 'training', index: null, keys: ['rStar'], segment: null });
    expect(parseInputPath('startYear')).toEqual({ owner: 'scenario', index: null, keys: ['startYear'], segment: null });
  });

  it('parseInputPath refuses text that is not a path', () => {
    for (const bad of ['', '[0]', 'stocks[x].tokens0', 'stocks[0]..tokens0', 'stocks[0].tokens0[1]', 'demand[0'] as const) expect(parseInputPath(bad), bad).toBeNull();
  });

  it('parseInputPath reads back what formatPath writes', () => {
    const key = fc.constantFrom('tokens0', 'growthPerYear', 'usableFraction', 'until', 'factor');
    fc.assert(
      fc.property(fc.nat(63), key, fc.option(fc.nat(63), { nil: undefined }), (stock, last, segment) => {
        const segments: Array<string | number> = segment === undefined ? ['stocks', stock, last] : ['stocks', stock, 'growthPerYear', segment, last];
        const parsed = parseInputPath(formatPath(segments));
        expect(parsed).toEqual({ owner: 'stock', index: stock, keys: segment === undefined ? [last] : ['growthPerYear', last], segment: segment ?? null });
      }),
    );
  });
});

describe('inputWords(path, stockNames, demandModes, name)', () => {
  it('inputWords puts a stock input in words with its name, wrapped by `name`', () => {
    expect(inputWords('stocks[1].usableFraction', ['web', 'books'], [], (text) => `<${text}>`)).toBe('<books>: usable fraction');
  });

  it('inputWords names demand models, schedule segments, training and the model choice', () => {
    expect(inputWords('demand[1].growthPerYear[0].factor', [])).toBe('demand model 2: growth per year, segment 1');
    expect(inputWords('stocks[0].growthPerYear[2].until', ['web'])).toBe('web: growth per year, segment 3 until');
    expect(inputWords('demand.tokens0', [])).toBe('demand: tokens at start');
    expect(inputWords('training.maxEpochs', [])).toBe('training: max epochs');
    expect(inputWords('demand', [])).toBe('choice of demand model');
    expect(inputWords('demand[0].scalingLaw.alpha', [])).toBe('demand model 1: scaling law alpha');
    expect(inputWords('demand[0].scalingLaw', [])).toBe('demand model 1: scaling law');
  });

  it('inputWords names a demand model by what it is, given the modes', () => {
    expect(inputWords('demand[0].growthPerYear', [], ['trend', 'compute'])).toBe('demand, historical trend: growth per year');
    expect(inputWords('demand[1].flops0', [], ['trend', 'compute'])).toBe('demand, compute: compute at start');
  });

  it('inputWords gives back a path that names no input', () => {
    expect(inputWords('startYear', [])).toBe('startYear');
    expect(inputWords('not a path', [])).toBe('not a path');
  });
});

describe('parentPath(path)', () => {
  it('parentPath climbs one key or index at a time to the empty path', () => {
    const climb: string[] = [];
    for (let at = 'stocks[1].growthPerYear[0].factor'; at; at = parentPath(at)) climb.push(at);
    expect(climb).toEqual(['stocks[1].growthPerYear[0].factor', 'stocks[1].growthPerYear[0]', 'stocks[1].growthPerYear', 'stocks[1]', 'stocks']);
    expect(parentPath('')).toBe('');
  });
});
