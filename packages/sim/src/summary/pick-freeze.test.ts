import { describe, expect, it } from 'vitest';
import { SampleStream } from '../random/splitmix64.js';
import { pickFreeze, type PickFreezeModel } from './pick-freeze.js';

/** k independent U(0, 1) inputs through `f`, one output. */
function uniformModel(k: number, f: (x: Float64Array) => number, seed = 5): PickFreezeModel {
  const stream = new SampleStream(seed);
  const fill = (index: number, x: Float64Array) => {
    stream.startSample(index);
    for (let i = 0; i < k; i++) x[i] = stream.uniform();
  };
  return {
    inputs: k,
    outputs: 1,
    width: k,
    sampleA: (j, x) => fill(j, x),
    sampleB: (j, x) => fill(2 ** 40 + j, x),
    swap: (target, from, i) => (target[i] = from[i]),
    evaluate: (x, out) => (out[0] = f(x)),
  };
}

const N = 100_000;

describe('pickFreeze', () => {
  it('on a linear model f = x1 + 2 x2 + 3 x3 gives first-order = total = the analytic shares 1/14, 4/14, 9/14 within 0.01', () => {
    const { indices } = pickFreeze(uniformModel(3, (x) => x[0] + 2 * x[1] + 3 * x[2]), N);
    [1, 4, 9].forEach((share, i) => {
      expect(Math.abs(indices[0][i].firstOrder - share / 14)).toBeLessThan(0.01);
      expect(Math.abs(indices[0][i].total - share / 14)).toBeLessThan(0.01);
    });
  });

  it('on an additive model f = sin(2π x1) + 4 (x2 − ½)² total equals first-order within their errors', () => {
    const { indices } = pickFreeze(uniformModel(2, (x) => Math.sin(2 * Math.PI * x[0]) + 4 * (x[1] - 0.5) ** 2), N);
    for (const index of indices[0]) {
      expect(Math.abs(index.total - index.firstOrder)).toBeLessThan(3 * Math.hypot(index.totalError, index.firstOrderError));
    }
    // Analytic: Var sin = 1/2, Var 4(x − ½)² = 16 · (1/80 − 1/144) = 4/45; shares 0.849 and 0.151.
    expect(Math.abs(indices[0][0].total - 0.5 / (0.5 + 4 / 45))).toBeLessThan(0.01);
  });

  it('on a pure interaction f = (x1 − ½)(x2 − ½) gives first-order ≈ 0 and total ≈ 1', () => {
    const { indices } = pickFreeze(uniformModel(2, (x) => (x[0] - 0.5) * (x[1] - 0.5)), N);
    for (const index of indices[0]) {
      expect(Math.abs(index.firstOrder)).toBeLessThan(0.02);
      expect(Math.abs(index.total - 1)).toBeLessThan(0.02);
    }
  });

  it('states errors that cover the truth: the linear shares lie within 3 standard errors', () => {
    const { indices } = pickFreeze(uniformModel(3, (x) => x[0] + 2 * x[1] + 3 * x[2], 9), 4000);
    [1, 4, 9].forEach((share, i) => {
      expect(Math.abs(indices[0][i].firstOrder - share / 14)).toBeLessThan(3 * indices[0][i].firstOrderError);
      expect(Math.abs(indices[0][i].total - share / 14)).toBeLessThan(3 * indices[0][i].totalError);
    });
  });
});
