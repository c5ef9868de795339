import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { kernelWasmUrl } from '@horizon/core-wasm';
import { normalCdf, Z95 } from '../distributions/normal-cdf.js';
import { validateScenario } from '../scenario/validate-scenario.js';
import { compilePlan } from './compile-plan.js';
import { ReferenceEngine } from '../engine/reference-engine.js';
import { KernelEngine } from '../engine/kernel-engine.js';
import { compileWasmModuleSync } from '../engine/wasm-api.js';
import { runSweep } from '../engine/run-sweep.js';
import { yearQuantile } from '../summary/year-quantile.js';

/**
 * A break year uniform on [2030, 2040]: demand tokens0 lognormal (median 1e12, p5/p95 a factor 2 either
 * side) growing 2×/yr until the break, 1.6×/yr after; a fixed stock of 2.56e14 tokens, no growth. With
 * g = ln S − ln D0 ~ N(ln S − μ, σ²) and r1 = ln 2, r2 = ln 1.6, a sample with break u has crossed by year y
 * when g ≤ h(y, u) = r1 (min(y, u) − 2025) + r2 max(0, y − u). So P(Y ≤ y) = (1/10) ∫ Φ((h(y, u) − m)/σ) du,
 * integrated here by Simpson's rule on 4000 intervals split at u = y (error far below 1e-6), and inverted
 * by bisection. Tolerance: 0.01 year at 1e6 samples; the quantiles' sampling errors here, √(q(1 − q)/n) / f(y_q),
 * are 0.0009–0.0026 year (a slower second rate spreads the upper tail and would push them to 0.01).
 */
const scenario = {
  name: 'uncertain break',
  startYear: 2025,
  horizonYear: 2100,
  demand: { mode: 'trend', tokens0: { lognormal: { p5: 0.5e12, p95: 2e12 } }, growthPerYear: [{ until: { uniform: { min: 2030, max: 2040 } }, factor: 2 }, { factor: 1.6 }] },
  stocks: [{ name: 'stock', tokens0: 2.56e14, growthPerYear: 1 }],
};
const mu = Math.log(1e12);
const sigma = Math.log(4) / (2 * Z95);
const m = Math.log(2.56e14) - mu;
const [r1, r2] = [Math.log(2), Math.log(1.6)];

function simpson(f: (u: number) => number, a: number, b: number, n = 2000): number {
  if (b <= a) return 0;
  const h = (b - a) / n;
  let sum = f(a) + f(b);
  for (let k = 1; k < n; k++) sum += (k % 2 === 1 ? 4 : 2) * f(a + k * h);
  return (sum * h) / 3;
}

function cdf(y: number): number {
  const p = (h: number) => normalCdf((h - m) / sigma);
  const split = Math.min(Math.max(y, 2030), 2040);
  const before = simpson((u) => p(r1 * (u - 2025) + r2 * (y - u)), 2030, split);
  const after = simpson(() => p(r1 * (y - 2025)), split, 2040);
  return (before + after) / 10;
}

function quantile(q: number): number {
  let [low, high] = [2025, 2100];
  for (let k = 0; k < 60; k++) {
    const mid = (low + high) / 2;
    if (cdf(mid) < q) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

const kernelModule = compileWasmModuleSync(readFileSync(fileURLToPath(kernelWasmUrl)));

describe('uncertain break years', () => {
  const plan = compilePlan(validateScenario(scenario));
  it.each(['reference', 'kernel'])('a break year uniform on [2030, 2040] gives the closed-form quantiles within 0.01 year at 1e6 samples (%s engine)', (engine) => {
    const run = engine === 'kernel' ? new KernelEngine(kernelModule, plan, 11) : new ReferenceEngine(plan, 11);
    const summary = runSweep(plan, run, 1_000_000);
    for (const q of [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95]) {
      expect(Math.abs((yearQuantile(summary.stocks[0], summary.samples, 2025, q) as number) - quantile(q)), `q = ${q}`).toBeLessThan(0.01);
    }
  });

  it.each([
    [[{ until: { uniform: { min: 2030, max: 2036 } }, factor: 2 }, { until: { uniform: { min: 2035, max: 2040 } }, factor: 1.5 }, { factor: 1.2 }], 'demand.growthPerYear[1].until: ([2035, 2040]) must be after the previous segment\'s until ([2030, 2036]); uncertain break years\' ranges must not overlap'],
    [[{ until: { lognormal: { p5: 2030, p95: 2040 } }, factor: 2 }, { factor: 1.2 }], 'demand.growthPerYear[0].until: '],
    [[{ until: { uniform: { min: 2030, max: 3100 } }, factor: 2 }, { factor: 1.2 }], 'demand.growthPerYear[0].until.uniform: this uniform ranges over [2030, 3100) but the value must be a year in [1900, 3000]'],
  ])('refuses overlapping or unsupported break-year distributions (%#)', (growthPerYear, message) => {
    expect(() => validateScenario({ ...scenario, demand: { ...scenario.demand, growthPerYear } })).toThrow(message);
  });

  it('accepts touching ranges: the break years still increase with probability 1', () => {
    const growthPerYear = [{ until: { uniform: { min: 2030, max: 2035 } }, factor: 2 }, { until: { triangular: { min: 2035, mode: 2036, max: 2040 } }, factor: 1.5 }, { factor: 1.2 }];
    expect(() => validateScenario({ ...scenario, demand: { ...scenario.demand, growthPerYear } })).not.toThrow();
  });
});
