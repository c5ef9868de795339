import { describe, expect, it } from 'vitest';
import { tokensPerParameter } from '../model/compute-optimal.js';
import { impliedQuantities, summarizeFit, TOKENS_PER_PARAMETER_FLOPS } from './fit-summary.js';

const law = { E: 1.8172, A: 482.01, B: 2085.43, alpha: 0.3478, beta: 0.3658 };

describe('summarizeFit', () => {
  it('impliedQuantities gives a = beta/(alpha+beta), b = alpha/(alpha+beta) and tokens per parameter at 1e24 FLOP', () => {
    const implied = impliedQuantities(law);
    expect(implied.a).toBeCloseTo(0.3658 / 0.7136, 14);
    expect(implied.b).toBeCloseTo(0.3478 / 0.7136, 14);
    expect(implied.tokensPerParameter).toBe(tokensPerParameter(1e24, law));
    expect(TOKENS_PER_PARAMETER_FLOPS).toBe(1e24);
    // D/N = (C/6)^(b−a) / G²: about 17 for this law at 1e24 FLOP (18.4 at 5.76e23 FLOP by the same closed form).
    expect(implied.tokensPerParameter).toBeGreaterThan(16);
    expect(implied.tokensPerParameter).toBeLessThan(19);
  });

  it('summarizeFit takes 90% intervals as the 5th and 95th percentiles of the draws', () => {
    const draws = new Float64Array(5 * 21);
    for (let r = 0; r <= 20; r++) draws.set([1.8 + r / 100, 400 + r, 2000, 0.34, 0.36], r * 5);
    const summary = summarizeFit(law, draws);
    expect(summary.refits).toBe(21);
    expect(summary.point.E).toBe(1.8172);
    expect(summary.intervals?.E.p5).toBeCloseTo(1.81, 12);
    expect(summary.intervals?.E.p95).toBeCloseTo(1.99, 12);
    expect(summary.intervals?.A.p5).toBeCloseTo(401, 12);
    expect(summary.intervals?.a.p5).toBeCloseTo(0.36 / 0.7, 12);
  });

  it('summarizeFit without draws has no intervals', () => {
    expect(summarizeFit(law, new Float64Array(0)).intervals).toBeNull();
  });
});
