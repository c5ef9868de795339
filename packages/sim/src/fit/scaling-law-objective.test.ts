import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toRunSet } from './run-set.js';
import { huber } from './huber.js';
import { HUBER_DELTA, lnPredictedLoss, scalingLawObjective } from './scaling-law-objective.js';

const run = fc.record({
  params: fc.double({ min: 1e6, max: 1e12, noNaN: true }),
  tokens: fc.double({ min: 1e8, max: 1e13, noNaN: true }),
  loss: fc.double({ min: 1.5, max: 5, noNaN: true }),
});
const point = fc.tuple(
  fc.double({ min: 0, max: 25, noNaN: true }),
  fc.double({ min: 0, max: 25, noNaN: true }),
  fc.double({ min: -1, max: 1, noNaN: true }),
  fc.double({ min: 0, max: 2, noNaN: true }),
  fc.double({ min: 0, max: 2, noNaN: true }),
);

describe('scalingLawObjective', () => {
  it('lnPredictedLoss(x, ln N, ln D) is ln(E + A/N^alpha + B/D^beta)', () => {
    const x = [Math.log(406.4), Math.log(410.7), Math.log(1.69), 0.34, 0.28];
    const N = 70e9;
    const D = 1.4e12;
    const direct = Math.log(1.69 + 406.4 / N ** 0.34 + 410.7 / D ** 0.28);
    expect(lnPredictedLoss(x, Math.log(N), Math.log(D))).toBeCloseTo(direct, 14);
  });

  it('scalingLawObjective sums Huber losses of the log-space residuals, weighted by each run\'s count', () => {
    const runs = [
      { params: 1e8, tokens: 2e9, loss: 3.1 },
      { params: 1e9, tokens: 2e10, loss: 2.5 },
    ];
    const x = [6, 7, 0.6, 0.35, 0.37];
    const set = toRunSet(runs);
    set.weight.set([2, 1]);
    const residual = (r: (typeof runs)[number]): number => lnPredictedLoss(x, Math.log(r.params), Math.log(r.tokens)) - Math.log(r.loss);
    const expected = 2 * huber(residual(runs[0]), HUBER_DELTA) + huber(residual(runs[1]), HUBER_DELTA);
    expect(scalingLawObjective(set, x, new Float64Array(5))).toBeCloseTo(expected, 15);
  });

  it('scalingLawObjective\'s gradient matches central differences anywhere on the start grid\'s box', () => {
    fc.assert(
      fc.property(fc.array(run, { minLength: 1, maxLength: 8 }), point, (runs, x) => {
        const set = toRunSet(runs);
        const gradient = new Float64Array(5);
        scalingLawObjective(set, x, gradient);
        const scratch = new Float64Array(5);
        for (let k = 0; k < 5; k++) {
          const h = 1e-8;
          const up = Float64Array.from(x);
          const down = Float64Array.from(x);
          up[k] += h;
          down[k] -= h;
          const numeric = (scalingLawObjective(set, up, scratch) - scalingLawObjective(set, down, scratch)) / (2 * h);
          // Huber's second derivative jumps by 1 at ±delta: a difference across that kink errs by up to
          // h·(∂r/∂x_k)² ≤ h·(ln 1e13)² ≈ 900h per run.
          expect(Math.abs(gradient[k] - numeric)).toBeLessThanOrEqual(1e-7 * (1 + Math.abs(numeric)) + 1e3 * h * runs.length);
        }
      }),
    );
  });

  it('scalingLawObjective stays finite for extreme parameters (the log-sum-exp does not overflow)', () => {
    const set = toRunSet([{ params: 1e6, tokens: 1e8, loss: 2 }]);
    const gradient = new Float64Array(5);
    const value = scalingLawObjective(set, [800, -800, 700, 0, 50], gradient);
    expect(Number.isFinite(value)).toBe(true);
    expect(Array.from(gradient).every(Number.isFinite)).toBe(true);
  });
});
