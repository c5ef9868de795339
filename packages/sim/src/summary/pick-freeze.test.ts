import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SampleStream } from '../random/splitmix64.js';
import { addPickFreezeBlock, addPickFreezeSample, pickFreeze, pickFreezeResult, pickFreezeSums, type PickFreezeModel } from './pick-freeze.js';

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

describe('addPickFreezeBlock', () => {
  it('gives the sums and indices of addPickFreezeSample sample by sample, bit for bit, for any outputs', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        (inputs, outputs, count, seed) => {
          const stride = count + 3;
          const stream = new SampleStream(seed);
          stream.startSample(0);
          // Real-valued outputs (not only 0 and 1), so the order of every sum matters.
          const f = Float64Array.from({ length: (2 + inputs) * outputs * stride }, () => stream.uniform() * 10 - 3);
          const block = pickFreezeSums(inputs, outputs);
          addPickFreezeBlock(block, f, count, stride);
          const bySample = pickFreezeSums(inputs, outputs);
          for (let j = 0; j < count; j++) {
            const at = (d: number, o: number) => f[(d * outputs + o) * stride + j];
            const fA = Float64Array.from({ length: outputs }, (_, o) => at(0, o));
            const fB = Float64Array.from({ length: outputs }, (_, o) => at(1, o));
            const fAB = Float64Array.from({ length: inputs * outputs }, (_, k) => at(2 + Math.floor(k / outputs), k % outputs));
            addPickFreezeSample(bySample, fA, fB, fAB);
          }
          expect(block).toEqual(bySample);
          expect(pickFreezeResult(block)).toEqual(pickFreezeResult(bySample));
        },
      ),
    );
  });
});
