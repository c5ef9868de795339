import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileDist } from './compiled-dist.js';
import { distCdf, distQuantile } from './dist-quantile.js';
import { POSITIVE, type Domain } from './domain.js';
import { triangularInverse } from './sample-dist.js';

const REAL: Domain = { min: -Infinity, minInclusive: false, max: Infinity, maxInclusive: false, rule: 'any number' };

describe('distQuantile(dist, domain, p)', () => {
  it('gives the standard normal quantiles (z 0.95 = 1.6448536269514722, z 0.75 = 0.6744897501960817)', () => {
    const normal = compileDist({ normal: { mean: 0, sd: 1 } });
    expect(distQuantile(normal, REAL, 0.95)).toBeCloseTo(1.6448536269514722, 9);
    expect(distQuantile(normal, REAL, 0.75)).toBeCloseTo(0.6744897501960817, 9);
    expect(distQuantile(normal, REAL, 0.5)).toBeCloseTo(0, 9);
  });

  it('gives back a lognormal\'s p5 and p95, and its median sqrt(p5 · p95)', () => {
    const dist = compileDist({ lognormal: { p5: 1e13, p95: 2.5e13 } });
    expect(distQuantile(dist, POSITIVE, 0.05) / 1e13).toBeCloseTo(1, 9);
    expect(distQuantile(dist, POSITIVE, 0.95) / 2.5e13).toBeCloseTo(1, 9);
    expect(distQuantile(dist, POSITIVE, 0.5) / Math.sqrt(2.5e26)).toBeCloseTo(1, 9);
  });

  it('is linear for a uniform and geometric for a log-uniform', () => {
    expect(distQuantile(compileDist({ uniform: { min: 2, max: 6 } }), POSITIVE, 0.25)).toBeCloseTo(3, 10);
    expect(distQuantile(compileDist({ loguniform: { min: 1, max: 100 } }), POSITIVE, 0.5)).toBeCloseTo(10, 9);
  });

  it('inverts the triangular CDF as the sampler does (triangularInverse)', () => {
    const dist = compileDist({ triangular: { min: 1, mode: 2, max: 5 } });
    for (const p of [0.01, 0.2, 0.25, 0.5, 0.9, 0.99]) expect(distQuantile(dist, POSITIVE, p)).toBeCloseTo(triangularInverse(1, 2, 5, p), 9);
  });

  it('is the quantile of the truncated distribution when the domain cuts it: the half-normal median is z 0.75', () => {
    expect(distQuantile(compileDist({ normal: { mean: 0, sd: 1 } }), POSITIVE, 0.5)).toBeCloseTo(0.6744897501960817, 9);
  });

  it('lands where distCdf reaches p, for mixtures too', () => {
    const mixture = compileDist({ mixture: [{ weight: 1, dist: { uniform: { min: 1, max: 2 } } }, { weight: 3, dist: { lognormal: { p5: 3, p95: 30 } } }] });
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.999, noNaN: true }), (p) => Math.abs(distCdf(mixture, distQuantile(mixture, POSITIVE, p)) - p) < 1e-9),
    );
  });
});
