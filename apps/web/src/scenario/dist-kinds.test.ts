import { describe, expect, it } from 'vitest';
import { validateDist, POSITIVE } from '@horizon/sim/internal';
import { convertDist, distKind, distParam, withDistParam, EDITABLE_KINDS } from './dist-kinds.js';

describe('distribution kinds in the form', () => {
  it('distKind names every kind of the contract and flags others', () => {
    expect(distKind(3)).toBe('fixed');
    expect(distKind({ lognormal: { p5: 1, p95: 2 } })).toBe('lognormal');
    expect(distKind({ mixture: [] })).toBe('mixture');
    expect(distKind({ lognormal: {}, normal: {} })).toBe('other');
    expect(distKind('x')).toBe('other');
  });

  it('withDistParam sets one parameter and keeps the others', () => {
    const dist = { lognormal: { p5: 1, p95: 2 } };
    expect(withDistParam(dist, 'p95', 3)).toEqual({ lognormal: { p5: 1, p95: 3 } });
    expect(distParam(withDistParam(5, 'value', 6), 'value')).toBe(6);
  });

  it('convertDist keeps a positive input valid for every kind', () => {
    for (const kind of EDITABLE_KINDS) {
      const converted = convertDist({ lognormal: { p5: 1.04, p95: 1.13 } }, kind);
      expect(() => validateDist(converted, 'x', POSITIVE)).not.toThrow();
    }
  });
});

describe('convertDist(value, kind, remembered)', () => {
  it('convertDist(fixed, kind, remembered) gives the spread back after a trip through fixed', () => {
    const start = { lognormal: { p5: 1e14, p95: 1e15 } };
    const fixed = convertDist(start, 'fixed');
    const back = convertDist(fixed, 'lognormal', start) as { lognormal: { p5: number; p95: number } };
    expect(back.lognormal.p5 / 1e14).toBeCloseTo(1, 3);
    expect(back.lognormal.p95 / 1e15).toBeCloseTo(1, 3);
    // A new fixed value moves the remembered spread with it.
    expect(convertDist(6.325e14, 'uniform', start)).toEqual({ uniform: { min: 2e14, max: 2e15 } });
  });
});
