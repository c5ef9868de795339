import { describe, expect, it } from 'vitest';
import { locateJsonPath } from './locate-json-path.js';

const text = `{
  "name": "a",
  "demand": {
    "tokens0": {"lognormal": {"p5": 3e13, "p95": 1e13}}
  },
  "stocks": [
    {"name": "x"},
    {"name": "y\\"z", "tokens0": 5}
  ]
}`;

describe('locateJsonPath', () => {
  it('locateJsonPath(text, path) finds the line of a nested value', () => {
    expect(locateJsonPath(text, 'demand.tokens0.lognormal')?.line).toBe(4);
    expect(locateJsonPath(text, 'stocks[1].tokens0')?.line).toBe(8);
  });

  it('locateJsonPath falls back to the nearest enclosing value of a missing key', () => {
    expect(locateJsonPath(text, 'stocks[0].tokens0')?.line).toBe(7);
    expect(locateJsonPath(text, 'training.maxEpochs')?.line).toBe(1);
  });

  it('locateJsonPath returns null for text that is not JSON', () => {
    expect(locateJsonPath('{"a": ', 'a')).toBeNull();
  });
});
