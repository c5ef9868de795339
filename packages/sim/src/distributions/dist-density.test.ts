import { describe, expect, it } from 'vitest';
import { compileDist } from './compiled-dist.js';
import { distDensity } from './dist-density.js';
import { distCdf } from './dist-quantile.js';

/** The density is the CDF's derivative: checked by central differences for every kind. */
describe('distDensity', () => {
  it.each([
    [{ normal: { mean: 2, sd: 0.5 } }, [1.2, 2, 2.7]],
    [{ lognormal: { p5: 1e13, p95: 4e13 } }, [1.1e13, 2e13, 3.5e13]],
    [{ uniform: { min: 1, max: 3 } }, [1.5, 2.9]],
    [{ loguniform: { min: 0.1, max: 0.4 } }, [0.12, 0.3]],
    [{ triangular: { min: 1, mode: 2, max: 5 } }, [1.5, 3, 4.5]],
    [{ mixture: [{ weight: 1, dist: { normal: { mean: 0, sd: 1 } } }, { weight: 3, dist: { uniform: { min: 0, max: 2 } } }] }, [-0.5, 0.5, 1.5]],
  ] as const)('%j is the derivative of its CDF', (spec, points) => {
    const dist = compileDist(spec as never);
    for (const x of points) {
      const h = Math.abs(x) * 1e-6 || 1e-6;
      const slope = (distCdf(dist, x + h) - distCdf(dist, x - h)) / (2 * h);
      expect(Math.abs(distDensity(dist, x) / slope - 1)).toBeLessThan(1e-4);
    }
  });
});
