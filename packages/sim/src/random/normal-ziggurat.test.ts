import { describe, expect, it } from 'vitest';
import { SampleStream } from './splitmix64.js';
import { standardNormal, zigguratTables } from './normal-ziggurat.js';
import { normalCdf } from '../distributions/normal-cdf.js';

describe('standardNormal', () => {
  it('builds layers of equal area V = 9.91256303526217e-3 (Marsaglia & Tsang 2000)', () => {
    const { x, f } = zigguratTables;
    for (let i = 1; i < 127; i++) {
      const area = x[i] * (f[i + 1] - f[i]);
      expect(area).toBeCloseTo(9.91256303526217e-3, 8);
    }
    expect(x[128]).toBe(0);
  });

  it('matches Φ at every tenth of a unit over 2e6 draws (Kolmogorov distance < 0.0015, seed 11)', () => {
    const stream = new SampleStream(11);
    const n = 2_000_000;
    const edges = Array.from({ length: 81 }, (_, k) => -4 + k * 0.1);
    const below = new Array<number>(edges.length).fill(0);
    let sum = 0;
    let sumSq = 0;
    for (let i = 0; i < n; i++) {
      stream.startSample(i);
      const z = standardNormal(stream);
      sum += z;
      sumSq += z * z;
      for (let k = 0; k < edges.length; k++) if (z <= edges[k]) below[k]++;
    }
    let distance = 0;
    edges.forEach((edge, k) => (distance = Math.max(distance, Math.abs(below[k] / n - normalCdf(edge)))));
    expect(distance).toBeLessThan(0.0015);
    expect(Math.abs(sum / n)).toBeLessThan(0.004);
    expect(Math.abs(sumSq / n - 1)).toBeLessThan(0.005);
  });

  it('reaches the tail beyond R = 3.44 at the normal rate', () => {
    const stream = new SampleStream(3);
    const n = 2_000_000;
    let tail = 0;
    for (let i = 0; i < n; i++) {
      stream.startSample(i);
      if (Math.abs(standardNormal(stream)) > 3.5) tail++;
    }
    const expected = 2 * (1 - normalCdf(3.5)) * n;
    expect(Math.abs(tail - expected)).toBeLessThan(5 * Math.sqrt(expected));
  });
});
