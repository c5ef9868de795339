import { describe, expect, it } from 'vitest';
import { Z95 } from '../distributions/normal-cdf.js';
import { validateScenario } from '../scenario/validate-scenario.js';
import { compilePlan } from '../model/compile-plan.js';
import { ReferenceEngine } from '../engine/reference-engine.js';
import { runSweep } from '../engine/run-sweep.js';
import { sweepResult } from './sweep-result.js';
import { sensitivityInputs } from '../summary/sensitivity-accumulator.js';
import { createSummary, mergeSummary } from '../summary/sweep-summary.js';

/**
 * With lognormal stock and demand and fixed growth, Y = startYear + (ln S0 − ln D0) / (r_D − r_S) is linear in
 * two independent normals, so each input's first-order index is its share of Var(Y): σ_S² / (σ_S² + σ_D²).
 */
const spread = (p5: number, p95: number) => (Math.log(p95) - Math.log(p5)) / (2 * Z95);
const scenario = {
  name: 'linear',
  startYear: 2024,
  horizonYear: 2200,
  demand: { mode: 'trend', tokens0: { lognormal: { p5: 1e13, p95: 3e13 } }, growthPerYear: 2.5 },
  training: { maxEpochs: 3 },
  stocks: [{ name: 's', tokens0: { lognormal: { p5: 1e14, p95: 2e15 } }, growthPerYear: 1.05 }],
};

function run(samples: number, seed: number) {
  const plan = compilePlan(validateScenario(scenario));
  const summary = runSweep(plan, new ReferenceEngine(plan, seed), samples, undefined, { sensitivityInputs: sensitivityInputs(plan) });
  return { plan, summary, result: sweepResult(plan, seed, summary) };
}

describe('sensitivity', () => {
  const { result } = run(1_000_000, 5);
  const rows = result.sensitivity!.s;
  const index = (path: string) => rows.find((row) => row.input === path)!.index;

  it('gives each input of a linear case its share of the variance within 0.01 (1e6 samples)', () => {
    const varS = spread(1e14, 2e15) ** 2;
    const varD = spread(1e13, 3e13) ** 2;
    expect(Math.abs(index('stocks[0].tokens0') - varS / (varS + varD))).toBeLessThan(0.01);
    expect(Math.abs(index('demand.tokens0') - varD / (varS + varD))).toBeLessThan(0.01);
  });

  it('gives fixed inputs 0, and the indices of the independent inputs of a linear case sum to 1', () => {
    expect(index('demand.growthPerYear')).toBe(0);
    expect(index('training.maxEpochs')).toBe(0);
    expect(index('stocks[0].growthPerYear')).toBe(0);
    const total = rows.reduce((sum, row) => sum + row.index, 0);
    expect(Math.abs(total - 1)).toBeLessThan(0.01);
  });

  it('ranks inputs by index and reports the year at each end of the input', () => {
    expect(rows[0].input).toBe('stocks[0].tokens0');
    expect(rows[0].yearIfHigh!).toBeGreaterThan(rows[0].yearIfLow!);
  });

  it('merges exactly: any split of the samples gives the same bytes', () => {
    const plan = compilePlan(validateScenario(scenario));
    const sections = { sensitivityInputs: sensitivityInputs(plan), trajectories: true };
    const whole = runSweep(plan, new ReferenceEngine(plan, 3), 200_000, undefined, sections);
    const merged = createSummary(plan.startYear, plan.horizonYear, 1, sections);
    for (const [first, count] of [[150_000, 50_000], [0, 70_001], [70_001, 79_999]]) {
      const part = createSummary(plan.startYear, plan.horizonYear, 1, sections);
      new ReferenceEngine(plan, 3).runBlock(first, count, part);
      mergeSummary(merged, part);
    }
    expect(JSON.stringify(sweepResult(plan, 3, merged))).toBe(JSON.stringify(sweepResult(plan, 3, whole)));
  });
});
