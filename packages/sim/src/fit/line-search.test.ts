import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { wolfeLineSearch, type LineSearchState, type Objective } from './line-search.js';

const state = (n: number): LineSearchState => ({ x: new Float64Array(n), gradient: new Float64Array(n), value: 0, step: 0, evaluations: 0 });

const quadratic = (scale: number): Objective => (x, g) => {
  g[0] = scale * (x[0] - 3);
  return 0.5 * scale * (x[0] - 3) ** 2;
};

describe('wolfeLineSearch', () => {
  it('wolfeLineSearch returns a step meeting the strong Wolfe conditions on a 1-D quadratic, whatever the first step', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e3, noNaN: true }), fc.double({ min: 1e-6, max: 1e6, noNaN: true }), (scale, initialStep) => {
        const f = quadratic(scale);
        const x0 = new Float64Array([0]);
        const g0 = new Float64Array(1);
        const value0 = f(x0, g0);
        const direction = new Float64Array([1]);
        const out = state(1);
        expect(wolfeLineSearch(f, x0, value0, g0[0], direction, initialStep, out)).toBe(true);
        expect(out.value).toBeLessThanOrEqual(value0 + 1e-4 * out.step * g0[0]);
        expect(Math.abs(out.gradient[0])).toBeLessThanOrEqual(0.9 * Math.abs(g0[0]));
        expect(out.x[0]).toBe(out.step);
      }),
    );
  });

  it('wolfeLineSearch backs off from steps where f is not finite', () => {
    const f: Objective = (x, g) => {
      g[0] = x[0] - 1;
      return x[0] > 5 ? NaN : 0.5 * (x[0] - 1) ** 2;
    };
    const out = state(1);
    const g0 = new Float64Array(1);
    const x0 = new Float64Array([0]);
    expect(wolfeLineSearch(f, x0, f(x0, g0), g0[0], new Float64Array([1]), 100, out)).toBe(true);
    expect(out.x[0]).toBeLessThan(5);
    expect(out.value).toBeLessThan(0.5);
  });

  it('wolfeLineSearch reports failure along an ascent direction', () => {
    const f = quadratic(1);
    const out = state(1);
    const g0 = new Float64Array(1);
    const x0 = new Float64Array([3]);
    // At the minimum every step goes up.
    expect(wolfeLineSearch(f, x0, f(x0, g0), -1e-300, new Float64Array([1]), 1, out)).toBe(false);
  });
});
