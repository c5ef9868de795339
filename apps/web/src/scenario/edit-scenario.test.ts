import { describe, expect, it } from 'vitest';
import { addStock, removeStock, setAtPath } from './edit-scenario.js';

describe('editing decoded scenario JSON', () => {
  it('setAtPath(json, path, value) sets a nested value on a copy and leaves the original alone', () => {
    const json = { stocks: [{ name: 'a', tokens0: 1 }] };
    const edited = setAtPath(json, ['stocks', 0, 'tokens0'], 2) as typeof json;
    expect(edited.stocks[0].tokens0).toBe(2);
    expect(json.stocks[0].tokens0).toBe(1);
  });

  it('setAtPath creates missing objects on the way', () => {
    expect(setAtPath({ name: 'x' }, ['training', 'maxEpochs'], 3)).toEqual({ name: 'x', training: { maxEpochs: 3 } });
  });

  it('setAtPath keeps a "__proto__" key as data', () => {
    const edited = setAtPath({}, ['__proto__', 'polluted'], 1) as Record<string, unknown>;
    expect(Object.keys(edited)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('addStock appends a uniquely named copy of the last stock; removeStock takes one out', () => {
    const json = { stocks: [{ name: 'a', tokens0: 1, growthPerYear: 1 }] };
    const added = addStock(json) as typeof json;
    expect(added.stocks.map((s) => s.name)).toEqual(['a', 'stock-2']);
    expect((removeStock(added, 0) as typeof json).stocks.map((s) => s.name)).toEqual(['stock-2']);
  });
});
