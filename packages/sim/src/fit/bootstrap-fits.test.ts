import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BESIROGLU_2024, CHINCHILLA_RUNS_URL, replicationRuns } from './chinchilla-runs.fixture.js';
import { bootstrapFits } from './bootstrap-fits.js';
import { fitScalingLaw } from './fit-scaling-law.js';
import { DRAW_WIDTH, formatLawDrawsCsv } from '../scenario/law-draws-csv.js';
import { toRunSet } from './run-set.js';
import { REDUCED_START_GRID, startGrid } from './start-grid.js';

const runs = replicationRuns(readFileSync(CHINCHILLA_RUNS_URL, 'utf8'));
const set = toRunSet(runs);
const full = fitScalingLaw(runs, { starts: startGrid(REDUCED_START_GRID) });
const NAMES = ['E', 'A', 'B', 'alpha', 'beta'] as const;

function standardDeviations(draws: Float64Array): Record<(typeof NAMES)[number], number> {
  const refits = draws.length / DRAW_WIDTH;
  return Object.fromEntries(
    NAMES.map((name, c) => {
      let mean = 0;
      for (let r = 0; r < refits; r++) mean += draws[r * DRAW_WIDTH + c] / refits;
      let sumSq = 0;
      for (let r = 0; r < refits; r++) sumSq += (draws[r * DRAW_WIDTH + c] - mean) ** 2;
      return [name, Math.sqrt(sumSq / (refits - 1))];
    }),
  ) as Record<(typeof NAMES)[number], number>;
}

describe('bootstrapFits', () => {
  it('bootstrapFits is deterministic for a seed and its refits can be made in chunks', () => {
    const whole = bootstrapFits(set, full.x, { refits: 6, seed: 7 });
    expect(Array.from(bootstrapFits(set, full.x, { refits: 6, seed: 7 }).draws)).toEqual(Array.from(whole.draws));
    const first = bootstrapFits(set, full.x, { refits: 4, seed: 7 });
    const rest = bootstrapFits(set, full.x, { refits: 2, seed: 7, firstRefit: 4 });
    expect([...first.draws, ...rest.draws]).toEqual(Array.from(whole.draws));
    expect(Array.from(bootstrapFits(set, full.x, { refits: 6, seed: 8 }).draws)).not.toEqual(Array.from(whole.draws));
  });

  it('bootstrapFits draws exactly these bytes for seed 1 (a changed byte is a decision)', () => {
    expect(formatLawDrawsCsv(bootstrapFits(set, full.x, { refits: 3, seed: 1 }).draws)).toMatchInlineSnapshot(`
      "E,A,B,alpha,beta
      1.819303636238476,469.95922528982516,2188.8775552972334,0.34674340752143723,0.36814687840252003
      1.8261654338277538,635.2120744722744,1736.1770525012043,0.36399876170449075,0.3566508971219379
      1.822335149457382,494.5315430845854,2228.630779782733,0.34965579200933455,0.3689707297841734
      "
    `);
  });

  it('bootstrap refits warm-started at the full optimum do not stall there: they match refits from a grid of starts', () => {
    const warm = bootstrapFits(set, full.x, { refits: 3, seed: 3 });
    const cold = bootstrapFits(set, full.x, { refits: 3, seed: 3, starts: [full.x, ...startGrid(REDUCED_START_GRID).filter((_, k) => k % 4 === 0)] });
    expect(warm.converged).toBe(3);
    for (let k = 0; k < warm.draws.length; k++) expect(warm.draws[k] / cold.draws[k]).toBeCloseTo(1, 4);
    // ...and every refit moved away from the full optimum.
    for (let r = 0; r < 3; r++) expect(Math.abs(warm.draws[r * DRAW_WIDTH + 4] - full.law.beta)).toBeGreaterThan(1e-4);
  });

  it('bootstrap spread is close to the published standard errors (E 0.03, A 125, B 1293, alpha 0.02, beta 0.02)', () => {
    const { draws, converged } = bootstrapFits(set, full.x, { refits: 120, seed: 1 });
    expect(converged).toBe(120);
    const sd = standardDeviations(draws);
    // With 120 refits an SD is known to about ±7% (±13% for the skewed B); the published ones to about the same.
    for (const name of NAMES) {
      const ratio = sd[name] / BESIROGLU_2024.standardError[name];
      expect(ratio, name).toBeGreaterThan(0.6);
      expect(ratio, name).toBeLessThan(1.5);
    }
  });

  it('loose tolerances (scipy L-BFGS-B defaults) stall warm-started refits near the full optimum (the trap)', () => {
    const options = { refits: 60, seed: 1 };
    const tight = bootstrapFits(set, full.x, options).draws;
    const loose = bootstrapFits(set, full.x, { ...options, relativeGradientTolerance: 1e-5, valueTolerance: 2.2e-9 }).draws;
    // Mean distance each refit's ln B travels from the warm start: ~0.29 with tight rules, ~0.06 with loose ones.
    const travel = (draws: Float64Array): number => {
      let sum = 0;
      for (let r = 0; r < options.refits; r++) sum += Math.abs(Math.log(draws[r * DRAW_WIDTH + 2] / full.law.B));
      return sum / options.refits;
    };
    expect(travel(loose)).toBeLessThan(0.5 * travel(tight));
    expect(standardDeviations(loose).beta).toBeLessThan(standardDeviations(tight).beta);
  });
});
