import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { kernelWasmUrl } from '@horizon/core-wasm';
import { validateScenario } from '../scenario/validate-scenario.js';
import { compilePlan } from '../model/compile-plan.js';
import type { Plan } from '../model/plan.js';
import { SCENARIO_PRESETS } from '../presets/presets.js';
import { ReferenceEngine } from '../engine/reference-engine.js';
import { KernelEngine } from '../engine/kernel-engine.js';
import { runSweep } from '../engine/run-sweep.js';
import { compileWasmModuleSync } from '../engine/wasm-api.js';
import { AGREEMENT_SCENARIOS, LAW_ROWS } from '../engine/agreement-scenarios.fixture.js';
import { sweepResult } from '../report/sweep-result.js';
import { normalQuantile } from '../distributions/normal-cdf.js';
import { parseVary } from './parse-vary.js';
import { resolveVary, varyInputs } from './resolve-vary.js';
import { varyGrid } from './vary-grid.js';
import { runVarySweep } from './run-vary-sweep.js';
import { varyPointResult } from '../report/vary-result.js';

const kernelModule = compileWasmModuleSync(readFileSync(fileURLToPath(kernelWasmUrl)));
const scenarios: Record<string, unknown> = { ...SCENARIO_PRESETS, ...AGREEMENT_SCENARIOS };
const planOf = (scenario: unknown): Plan => compilePlan(validateScenario(scenario), { lawSamples: () => LAW_ROWS });
const gridOf = (plan: Plan, ...specs: string[]) => varyGrid(specs.map((spec) => resolveVary(plan, parseVary(spec))));

/** A copy of a scenario with the value at `path` (e.g. `stocks[0].growthPerYear`) replaced. */
function withValue(scenario: unknown, path: string, value: unknown): unknown {
  const copy = structuredClone(scenario) as Record<string, unknown>;
  const keys = path.match(/[^.[\]]+/g) as string[];
  let node = copy as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[keys[keys.length - 1]] = value;
  return copy;
}

describe('what-if points', () => {
  it.each(Object.keys(scenarios))('in %s, varying any input leaves every other input of sample i unchanged, and the kernel agrees with the reference', (name) => {
    const plan = planOf(scenarios[name]);
    const inputs = varyInputs(plan);
    fc.assert(
      fc.property(fc.constantFrom(...inputs), fc.constantFrom('set', 'scale'), fc.integer({ min: 0, max: 2 ** 40 }), (path, op, sampleIndex) => {
        const step = plan.steps.find((s) => s.kind === 'dist' && s.path === path);
        // Values in every input's range: ≥ 1 and ≤ 1 suit maxEpochs, fractions and positive inputs alike.
        const spec = op === 'set' ? `${path}=1` : `${path}*=1,0.99`;
        let axis;
        try {
          axis = resolveVary(plan, parseVary(spec));
        } catch {
          return; // e.g. maxEpochs *= 0.99 can leave its range: checked by the error tests
        }
        const plain = new ReferenceEngine(plan, 9);
        const years = new Float64Array(plan.stocks.length);
        plain.sampleYears(sampleIndex, years);
        const base = Float64Array.from(plain.lastValues);
        for (const point of varyGrid([axis])) {
          const engine = new ReferenceEngine(plan, 9);
          engine.setOverrides(point.overrides);
          engine.sampleYears(sampleIndex, years);
          engine.lastValues.forEach((value, slot) => {
            if (slot !== step?.slot) expect(value).toBe(base[slot]);
          });
          const kernel = new KernelEngine(kernelModule, plan, 9, { yearsCapacity: 4 });
          kernel.setOverrides(point.overrides);
          const kernelYears = kernel.sampleYears(sampleIndex, 1);
          years.forEach((year, s) => expect(kernelYears[s] === year || Math.abs(kernelYears[s] - year) <= 1e-9).toBe(true));
        }
      }),
      { numRuns: 12 },
    );
  });

  it.each([
    ['default', 'training.maxEpochs', '3', 3],
    ['default', 'stocks[indexed-web].growthPerYear', '1.2', 1.2],
    ['compute demand with a distributed law, overtraining and a schedule', 'demand.scalingLaw.A', '450', 450],
    ['weighted demand list mixing a trend, a preset law and a row table', 'demand[1].overtraining', '7', 7],
  ])('in %s, the point %s=%s has the stocks, byte for byte, of the scenario with that value written in', (name, path, text, value) => {
    const plan = planOf(scenarios[name]);
    const [point] = gridOf(plan, `${path}=${text}`);
    const written = planOf(withValue(scenarios[name], path.replace('[indexed-web]', '[0]'), value));
    const engine = new KernelEngine(kernelModule, plan, 4);
    const [summary] = runVarySweep(plan, engine, 150_000, [point]);
    const plain = runSweep(written, new KernelEngine(kernelModule, written, 4), 150_000);
    expect(JSON.stringify(varyPointResult(plan, [value], summary).stocks)).toBe(JSON.stringify(sweepResult(written, 4, plain).stocks));
  });

  it.each([
    ['stocks[0].tokens0*=0.3..5:6:log', -1],
    ['stocks[0].growthPerYear*=0.95..1.05:5', -1],
    ['training.maxEpochs=1..10:6', -1],
    ['demand[0].overtraining=1..20:5', 1],
    ['demand[0].growthPerYear*=0.8..1.2:5', 1],
  ])('along %s every sample\'s year moves one way (later = %i), so every quantile does', (spec, direction) => {
    const scenario = {
      name: 'monotone', startYear: 2024, horizonYear: 2100,
      demand: { mode: 'compute', flops0: { lognormal: { p5: 1e25, p95: 1e26 } }, growthPerYear: { lognormal: { p5: 2.5, p95: 5 } }, scalingLaw: 'hoffmann2022', overtraining: { uniform: { min: 1, max: 3 } } },
      training: { maxEpochs: { uniform: { min: 1, max: 3 } } },
      stocks: [{ name: 'web', tokens0: { lognormal: { p5: 1e14, p95: 1e15 } }, growthPerYear: { uniform: { min: 1.0, max: 1.1 } }, usableFraction: { uniform: { min: 0.3, max: 1 } } }],
    };
    const plan = planOf(scenario);
    const points = gridOf(plan, spec);
    const years = new Float64Array(1);
    for (let i = 0; i < 400; i++) {
      let previous = direction < 0 ? -Infinity : Infinity;
      for (const point of points) {
        const engine = new ReferenceEngine(plan, 21);
        engine.setOverrides(point.overrides);
        engine.sampleYears(i, years);
        // The year never moves against the axis's direction.
        if (direction < 0) expect(years[0]).toBeGreaterThanOrEqual(previous);
        else expect(years[0]).toBeLessThanOrEqual(previous);
        previous = years[0];
      }
    }
  });

  it("--vary 'stocks[0].tokens0*=0.25..4:9:log' on a lognormal stock with constant growth puts every median on the closed form's line within 0.01 year (1e6 samples)", () => {
    const [p5, p95, d0, gd, gs] = [1e14, 4e14, 2e13, 2.5, 1.05];
    const scenario = {
      name: 'closed-form', startYear: 2024, horizonYear: 2100,
      demand: { mode: 'trend', tokens0: d0, growthPerYear: gd },
      stocks: [{ name: 'web', tokens0: { lognormal: { p5, p95 } }, growthPerYear: gs }],
    };
    const plan = planOf(scenario);
    const points = gridOf(plan, 'stocks[0].tokens0*=0.25..4:9:log');
    const summaries = runVarySweep(plan, new KernelEngine(kernelModule, plan, 42), 1_000_000, points);
    // Median stock f·√(p5·p95); D0·gd^t = S·gs^t at t = ln(S/D0)/ln(gd/gs).
    expect(normalQuantile(0.95)).toBeCloseTo(1.6449, 4);
    points.forEach((point, k) => {
      const median = point.at[0] * Math.sqrt(p5 * p95);
      const expected = 2024 + Math.log(median / d0) / Math.log(gd / gs);
      const got = varyPointResult(plan, point.at, summaries[k]).stocks.web.quantiles.p50 as number;
      expect(Math.abs(got - expected)).toBeLessThanOrEqual(0.01);
    });
  });
});

describe('what-if errors', () => {
  const plan = planOf(SCENARIO_PRESETS.default);
  it.each([
    ['stocks[9].tokens0=1e14', /^--vary: stocks\[9\]\.tokens0 is not an input of default; its inputs are demand\[0\]\.tokens0/],
    ['training.maxEpochs=0.5', /^--vary: training\.maxEpochs = 0\.5 is outside its valid range \(≥ 1\)$/],
    ['stocks[0].usableFraction*=1000', /^--vary: stocks\[0\]\.usableFraction \*= 1000 would put draws in/],
    ['training.maxEpochs*=0.4', /outside its valid range \(≥ 1\)/],
    ['demand[0].tokens0*=-1', /a scale factor must be a finite number above 0/],
  ])('%s is bad input naming --vary', (spec, message) => {
    expect(() => resolveVary(plan, parseVary(spec))).toThrow(message);
  });

  it('a grid of more than 10,000 points is bad input naming --vary', () => {
    const axes = ['training.maxEpochs=1..10:101', 'training.rStar=1..10:100'].map((spec) => resolveVary(plan, parseVary(spec)));
    expect(() => varyGrid(axes)).toThrow(/^--vary: the grid has 10,100 points, more than the 10,000 allowed/);
  });
});
