import { describe, expect, it } from 'vitest';
import { sweepScenario } from '../test-support.js';
import { validateScenario } from '../scenario/validate-scenario.js';
import { compilePlan } from '../model/compile-plan.js';
import { ReferenceEngine } from '../engine/reference-engine.js';
import { runSweep } from '../engine/run-sweep.js';
import { sweepResult } from './sweep-result.js';
import { TRAJECTORY_BINS, trajectoryBin } from './trajectory-counts.js';

describe('trajectories', () => {
  const scenario = {
    name: 'fan',
    startYear: 2024,
    horizonYear: 2034,
    demand: { mode: 'trend', tokens0: { lognormal: { p5: 1e13, p95: 4e13 } }, growthPerYear: 2 },
    training: { maxEpochs: 4 },
    stocks: [{ name: 'web', tokens0: { lognormal: { p5: 1e14, p95: 9e14 } }, growthPerYear: 1.1, usableFraction: 0.5 }],
  };
  const plan = compilePlan(validateScenario(scenario));
  const summary = runSweep(plan, new ReferenceEngine(plan, 8), 400_000, undefined, { trajectories: true });
  const result = sweepResult(plan, 8, summary);
  const fan = result.trajectories!;

  it('lists every whole year from startYear to horizonYear, from every 16th sample', () => {
    expect(fan.years).toEqual([2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034]);
    expect(fan.samplesUsed).toBe(400_000 / 16);
  });

  it('puts the demand median at median(tokens0) · growth^years and the supply median at m · f · median(S0) · growth^years (within 2%)', () => {
    const m = 1 + 15.4 * (1 - Math.exp(-3 / 15.4));
    fan.years.forEach((year, y) => {
      const demand = Math.sqrt(1e13 * 4e13) * 2 ** y;
      const supply = m * 0.5 * Math.sqrt(1e14 * 9e14) * 1.1 ** y;
      expect(Math.abs(fan.demand.p50[y]! / demand - 1)).toBeLessThan(0.02);
      expect(Math.abs(fan.supply.web.p50[y]! / supply - 1)).toBeLessThan(0.02);
    });
  });

  it('orders its bands p5 ≤ p25 ≤ p50 ≤ p75 ≤ p95 in every year', () => {
    for (let y = 0; y < fan.years.length; y++) {
      const band = [fan.demand.p5[y]!, fan.demand.p25[y]!, fan.demand.p50[y]!, fan.demand.p75[y]!, fan.demand.p95[y]!];
      for (let k = 1; k < band.length; k++) expect(band[k]).toBeGreaterThanOrEqual(band[k - 1]);
    }
  });

  it('is absent unless asked for, so the contract\'s keys alone are printed by default', () => {
    expect(sweepScenario(scenario, 1000).result.trajectories).toBeUndefined();
  });
});

describe('trajectoryBin', () => {
  it('puts NaN in bin 0, as the kernel does, and clamps ±∞ to the end bins', () => {
    expect(trajectoryBin(NaN)).toBe(0);
    expect(trajectoryBin(-Infinity)).toBe(0);
    expect(trajectoryBin(Infinity)).toBe(TRAJECTORY_BINS - 1);
  });
});
