import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { minimizeLbfgs } from './lbfgs.js';
import type { Objective } from './line-search.js';

/** Rosenbrock's banana valley: minimum 0 at (1, 1), a standard hard case for quasi-Newton methods. */
const rosenbrock: Objective = (x, g) => {
  const [u, v] = x;
  g[0] = -2 * (1 - u) - 400 * u * (v - u * u);
  g[1] = 200 * (v - u * u);
  return (1 - u) ** 2 + 100 * (v - u * u) ** 2;
};

describe('minimizeLbfgs', () => {
  it('minimizeLbfgs finds the minimum of a convex quadratic with uneven scales to the gradient tolerance', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1e-3, max: 1e3, noNaN: true }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 6, maxLength: 6 }),
        (curvatures, start) => {
          const n = curvatures.length;
          const f: Objective = (x, g) => {
            let value = 0;
            for (let k = 0; k < n; k++) {
              g[k] = curvatures[k] * (x[k] - k);
              value += 0.5 * curvatures[k] * (x[k] - k) ** 2;
            }
            return value;
          };
          const result = minimizeLbfgs(f, start.slice(0, n), { gradientTolerance: 1e-9 });
          expect(result.converged).toBe(true);
          result.x.forEach((xk, k) => expect(Math.abs(xk - k)).toBeLessThanOrEqual(1e-9 / curvatures[k] + 1e-12));
        },
      ),
    );
  });

  it('minimizeLbfgs follows Rosenbrock\'s valley to (1, 1)', () => {
    const result = minimizeLbfgs(rosenbrock, [-1.2, 1], { gradientTolerance: 1e-10 });
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 9);
    expect(result.x[1]).toBeCloseTo(1, 9);
    expect(result.iterations).toBeLessThan(100);
  });

  it('minimizeLbfgs is deterministic: the same start gives the same bytes', () => {
    const a = minimizeLbfgs(rosenbrock, [-1.2, 1]);
    const b = minimizeLbfgs(rosenbrock, [-1.2, 1]);
    expect(Array.from(b.x)).toEqual(Array.from(a.x));
    expect(b.evaluations).toBe(a.evaluations);
  });

  it('minimizeLbfgs with a loose relative value tolerance stops early in a flat valley (the trap the default avoids)', () => {
    // A long, nearly flat valley along x0 (curvature 1e-8), like the fit's objective along ln A and ln B.
    const valley: Objective = (x, g) => {
      g[0] = 1e-8 * (x[0] - 50);
      g[1] = x[1];
      return 0.5e-8 * (x[0] - 50) ** 2 + 0.5 * x[1] ** 2;
    };
    const loose = minimizeLbfgs(valley, [0, 1], { gradientTolerance: 1e-5, valueTolerance: 2.2e-9 });
    const tight = minimizeLbfgs(valley, [0, 1], { gradientTolerance: 1e-14 });
    expect(Math.abs(loose.x[0] - 50)).toBeGreaterThan(10);
    expect(tight.x[0]).toBeCloseTo(50, 5);
  });

  it('minimizeLbfgs reports a start where f is not finite as not converged', () => {
    const result = minimizeLbfgs((_x, g) => {
      g[0] = 0;
      return NaN;
    }, [0]);
    expect(result.converged).toBe(false);
    expect(result.stop).toBe('no-progress');
  });
});
