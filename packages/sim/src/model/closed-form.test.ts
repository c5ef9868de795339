import { describe, expect, it } from 'vitest';
import { normalQuantile, Z95 } from '../distributions/normal-cdf.js';
import { QUANTILE_LEVELS } from '../report/sweep-result.js';
import { computeOptimalExponents } from './compute-optimal.js';
import { SCALING_LAW_PRESETS } from '../presets/scaling-law-presets.js';
import { sweepScenario } from '../test-support.js';

/**
 * Closed forms. With ln D(t) = ln D0 + r_D (t − t0) and ln S(t) = ln S0 + r_S (t − t0), the crossing is
 * t0 + (ln S0 − ln D0) / (r_D − r_S). Lognormal D0 and S0 make ln S0 − ln D0 normal, so the exhaustion
 * year is normal; a schedule maps that normal through a known increasing piecewise-linear function, so its
 * quantiles are that function of the normal's quantiles. Tolerance: 0.02 year at 1e6 samples.
 */
const SAMPLES = 1_000_000;
const TOLERANCE = 0.02;

/** μ and σ of ln X for the contract's lognormal {p5, p95}. */
function lnParams(p5: number, p95: number): { mu: number; sigma: number } {
  return { mu: (Math.log(p5) + Math.log(p95)) / 2, sigma: (Math.log(p95) - Math.log(p5)) / (2 * Z95) };
}

function expectQuantiles(actual: Record<string, number | null>, expected: (p: number) => number): void {
  for (const [key, p] of Object.entries(QUANTILE_LEVELS)) {
    expect(Math.abs((actual[key] as number) - expected(p)), `${key}: ${actual[key]} vs ${expected(p)}`).toBeLessThan(TOLERANCE);
  }
}

describe('the exhaustion year against closed forms', () => {
  const demand = { p5: 1e13, p95: 3e13 };
  const stock = { p5: 2e14, p95: 8e14 };

  it('is normal for lognormal stock and demand with constant growth', () => {
    const growthD = 2.5;
    const growthS = 1.07;
    const { result } = sweepScenario(
      {
        name: 'closed-form-constant',
        startYear: 2024,
        horizonYear: 2100,
        demand: { mode: 'trend', tokens0: { lognormal: demand }, growthPerYear: growthD },
        stocks: [{ name: 's', tokens0: { lognormal: stock }, growthPerYear: growthS }],
      },
      SAMPLES,
    );
    const d = lnParams(demand.p5, demand.p95);
    const s = lnParams(stock.p5, stock.p95);
    const slope = Math.log(growthD) - Math.log(growthS);
    const mean = 2024 + (s.mu - d.mu) / slope;
    const sd = Math.hypot(d.sigma, s.sigma) / slope;
    expectQuantiles(result.stocks.s.quantiles, (p) => mean + sd * normalQuantile(p));
  });

  it('follows the piecewise closed form of a two-segment schedule, with repetition and a usable fraction', () => {
    const fast = 3;
    const slow = 1.3;
    const until = 2027;
    const growthS = 1.05;
    const maxEpochs = 4;
    const rStar = 15.4;
    const usableFraction = 0.5;
    const { result } = sweepScenario(
      {
        name: 'closed-form-schedule',
        startYear: 2024,
        horizonYear: 2150,
        demand: { mode: 'trend', tokens0: { lognormal: demand }, growthPerYear: [{ until, factor: fast }, { factor: slow }] },
        training: { maxEpochs, rStar },
        stocks: [{ name: 's', tokens0: { lognormal: stock }, growthPerYear: growthS, usableFraction }],
      },
      SAMPLES,
    );
    const d = lnParams(demand.p5, demand.p95);
    const s = lnParams(stock.p5, stock.p95);
    const lnM = Math.log(1 + rStar * (1 - Math.exp(-(maxEpochs - 1) / rStar)));
    // gap G = ln(m S0) − ln D0 is normal; the year is h(G).
    const gapMean = lnM + Math.log(usableFraction) + s.mu - d.mu;
    const gapSd = Math.hypot(d.sigma, s.sigma);
    const slope1 = Math.log(fast) - Math.log(growthS);
    const slope2 = Math.log(slow) - Math.log(growthS);
    const h = (gap: number) => {
      const firstSegment = gap / slope1;
      if (firstSegment <= until - 2024) return 2024 + firstSegment;
      return until + (gap - slope1 * (until - 2024)) / slope2;
    };
    expectQuantiles(result.stocks.s.quantiles, (p) => h(gapMean + gapSd * normalQuantile(p)));
  });

  it('is normal in compute mode with a fixed law, overtraining included', () => {
    const flops = { p5: 1e25, p95: 1e26 };
    const growthC = 4;
    const growthS = 1.08;
    const overtraining = 5;
    const { result } = sweepScenario(
      {
        name: 'closed-form-compute',
        startYear: 2024,
        horizonYear: 2100,
        demand: { mode: 'compute', flops0: { lognormal: flops }, growthPerYear: growthC, scalingLaw: 'besiroglu2024', overtraining },
        stocks: [{ name: 's', tokens0: { lognormal: stock }, growthPerYear: growthS }],
      },
      SAMPLES,
    );
    const { b, lnG } = computeOptimalExponents(SCALING_LAW_PRESETS.besiroglu2024);
    const c = lnParams(flops.p5, flops.p95);
    const s = lnParams(stock.p5, stock.p95);
    const lnD0Mean = b * (c.mu - Math.log(6)) - lnG + 0.5 * Math.log(overtraining);
    const slope = b * Math.log(growthC) - Math.log(growthS);
    const mean = 2024 + (s.mu - lnD0Mean) / slope;
    const sd = Math.hypot(b * c.sigma, s.sigma) / slope;
    expectQuantiles(result.stocks.s.quantiles, (p) => mean + sd * normalQuantile(p));
  });

  it('reports already and never as the normal\'s mass outside [startYear, horizonYear]', () => {
    const { result } = sweepScenario(
      {
        name: 'closed-form-tails',
        startYear: 2024,
        horizonYear: 2030,
        demand: { mode: 'trend', tokens0: { lognormal: { p5: 1e13, p95: 1e15 } }, growthPerYear: 2 },
        stocks: [{ name: 's', tokens0: { lognormal: { p5: 1e14, p95: 1e16 } }, growthPerYear: 1 }],
      },
      SAMPLES,
    );
    const sigma = Math.SQRT2 * (Math.log(100) / (2 * Z95));
    const mean = 2024 + Math.log(10) / Math.log(2);
    const sd = sigma / Math.log(2);
    const pAlready = normalCdfOf((2024 - mean) / sd);
    const pNever = 1 - normalCdfOf((2030 - mean) / sd);
    expect(Math.abs(result.stocks.s.pAlready - pAlready)).toBeLessThan(0.002);
    expect(Math.abs(result.stocks.s.pNever - pNever)).toBeLessThan(0.002);
    expect(result.stocks.s.cdf[0]).toEqual({ year: 2024, p: result.stocks.s.pAlready });
    expect(result.stocks.s.cdf.at(-1)?.p).toBeCloseTo(1 - result.stocks.s.pNever, 6);
  });
});

function normalCdfOf(z: number): number {
  return 0.5 * (1 + erf(z / Math.SQRT2));
}

/** Abramowitz & Stegun 7.1.26 (|error| < 1.5e-7): an independent check of the library's Φ. */
function erf(x: number): number {
  const t = 1 / (1 + 0.3275911 * Math.abs(x));
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return x >= 0 ? y : -y;
}
