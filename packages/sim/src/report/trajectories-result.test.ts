import { describe, expect, it } from 'vitest';
import { sweepScenario } from '../test-support.js';
import { validateScenario } from '../scenario/validate-scenario.js';
import { compilePlan } from '../model/compile-plan.js';
import { ReferenceEngine } from '../engine/reference-engine.js';
import { runSweep } from '../engine/run-sweep.js';
import { createSummary, mergeSummary } from '../summary/sweep-summary.js';
import { sweepResult } from './sweep-result.js';
import { TRAJECTORY_SAMPLES } from '../summary/trajectory-records.js';

function trajectoriesOf(scenario: unknown, samples: number, seed = 8) {
  const plan = compilePlan(validateScenario(scenario));
  const summary = runSweep(plan, new ReferenceEngine(plan, seed), samples, undefined, { trajectories: true });
  return sweepResult(plan, seed, summary).trajectories!;
}

const m = (maxEpochs: number) => 1 + 15.4 * (1 - Math.exp(-(maxEpochs - 1) / 15.4));

describe('trajectories', () => {
  const scenario = {
    name: 'fan',
    startYear: 2024,
    horizonYear: 2034,
    demand: { mode: 'trend', tokens0: { lognormal: { p5: 1e13, p95: 4e13 } }, growthPerYear: 2 },
    training: { maxEpochs: 4 },
    stocks: [{ name: 'web', tokens0: { lognormal: { p5: 1e14, p95: 9e14 } }, growthPerYear: 1.1, usableFraction: 0.5 }],
  };
  const fan = trajectoriesOf(scenario, 100_000);

  it('lists every whole year from startYear to horizonYear, from the first TRAJECTORY_SAMPLES samples', () => {
    expect(fan.years).toEqual([2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034]);
    expect(fan.samplesUsed).toBe(TRAJECTORY_SAMPLES);
    expect(trajectoriesOf(scenario, 1000).samplesUsed).toBe(1000);
  });

  it('puts each level of a lognormal demand at its closed-form quantile times growth^years (within Monte-Carlo error, 3%)', () => {
    // ln tokens0 ~ N(μ, σ) with p5 = 1e13, p95 = 4e13; the p-quantile is exp(μ + σ·z_p).
    const mu = Math.log(2e13);
    const sigma = Math.log(4) / (2 * 1.6448536269514722);
    const z = { p5: -1.6448536269514722, p10: -1.2815515655446004, p50: 0, p90: 1.2815515655446004, p95: 1.6448536269514722 };
    fan.years.forEach((_, y) => {
      for (const [key, zp] of Object.entries(z) as Array<[keyof typeof z, number]>) {
        const exact = Math.exp(mu + sigma * zp) * 2 ** y;
        expect(Math.abs(fan.demand[key][y]! / exact - 1)).toBeLessThan(0.03);
      }
      const supply = m(4) * 0.5 * Math.sqrt(1e14 * 9e14) * 1.1 ** y;
      expect(Math.abs(fan.supply.web.p50[y]! / supply - 1)).toBeLessThan(0.03);
    });
  });

  it('draws a fixed input as a line through its exact values: every level is tokens0 · growth^years', () => {
    const fixed = { ...scenario, training: { maxEpochs: 1 }, demand: { mode: 'trend', tokens0: 3e13, growthPerYear: 2.5 }, stocks: [{ name: 'web', tokens0: 7e14, growthPerYear: 1.07 }] };
    const line = trajectoriesOf(fixed, 5000);
    line.years.forEach((_, y) => {
      const demand = Number((3e13 * Math.exp(Math.log(2.5) * y)).toPrecision(6));
      const supply = Number((7e14 * Math.exp(Math.log(1.07) * y)).toPrecision(6));
      for (const key of ['p5', 'p10', 'p25', 'p50', 'p75', 'p90', 'p95'] as const) {
        expect(line.demand[key][y]).toBe(demand);
        expect(line.supply.web[key][y]).toBe(supply);
      }
    });
  });

  it('follows a schedule that changes rate between whole years exactly', () => {
    const schedule = { ...scenario, demand: { mode: 'trend', tokens0: 1e13, growthPerYear: [{ until: 2026.5, factor: 3 }, { factor: 1.5 }] } };
    const line = trajectoriesOf(schedule, 100);
    const expected = (year: number) => 1e13 * 3 ** Math.min(year - 2024, 2.5) * 1.5 ** Math.max(0, year - 2026.5);
    line.years.forEach((year, y) => expect(line.demand.p50[y]! / expected(year) - 1).toBeCloseTo(0, 5));
  });

  it('orders its bands p5 ≤ p10 ≤ p25 ≤ p50 ≤ p75 ≤ p90 ≤ p95 in every year', () => {
    for (let y = 0; y < fan.years.length; y++) {
      const band = (['p5', 'p10', 'p25', 'p50', 'p75', 'p90', 'p95'] as const).map((key) => fan.demand[key][y]!);
      for (let k = 1; k < band.length; k++) expect(band[k]).toBeGreaterThanOrEqual(band[k - 1]);
    }
  });

  it('gives the same bands whatever order the blocks are merged in', () => {
    const plan = compilePlan(validateScenario(scenario));
    const engine = new ReferenceEngine(plan, 8);
    const blocks = [[0, 5000], [5000, 7000], [12_000, 8000]].map(([first, count]) => {
      const summary = createSummary(plan.startYear, plan.horizonYear, 1, { trajectories: true });
      engine.runBlock(first, count, summary);
      return summary;
    });
    const merged = (order: number[]) => {
      const total = createSummary(plan.startYear, plan.horizonYear, 1, { trajectories: true });
      for (const k of order) mergeSummary(total, blocks[k]);
      return JSON.stringify(sweepResult(plan, 8, total).trajectories);
    };
    expect(merged([2, 0, 1])).toBe(merged([0, 1, 2]));
    expect(merged([0, 1, 2])).toBe(JSON.stringify(trajectoriesOf(scenario, 20_000)));
  });

  it('splits the demand of a mixture by model, each model\'s median at its own closed form', () => {
    const mixture = {
      ...scenario,
      demand: [
        { weight: 1, mode: 'trend', tokens0: 1e13, growthPerYear: 2 },
        { weight: 3, mode: 'trend', tokens0: 4e13, growthPerYear: 1.5 },
      ],
    };
    const split = trajectoriesOf(mixture, 20_000);
    const [first, second] = split.demandByModel!;
    expect(first.mode).toBe('trend');
    expect(first.samplesUsed + second.samplesUsed).toBe(TRAJECTORY_SAMPLES);
    expect(Math.abs(second.samplesUsed / TRAJECTORY_SAMPLES - 0.75)).toBeLessThan(0.02);
    split.years.forEach((_, y) => {
      expect(first.bands.p50[y]).toBe(Number((1e13 * Math.exp(Math.log(2) * y)).toPrecision(6)));
      expect(second.bands.p50[y]).toBe(Number((4e13 * Math.exp(Math.log(1.5) * y)).toPrecision(6)));
    });
    expect(fan.demandByModel).toBeUndefined();
  });

  it('is absent unless asked for, so the contract\'s keys alone are printed by default', () => {
    expect(sweepScenario(scenario, 1000).result.trajectories).toBeUndefined();
  });
});
