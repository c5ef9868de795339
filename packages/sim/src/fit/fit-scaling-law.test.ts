import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SampleStream } from '../random/splitmix64.js';
import { standardNormal } from '../random/normal-ziggurat.js';
import { InputError } from '../errors/input-error.js';
import type { ScalingLawParams } from '../presets/scaling-law-presets.js';
import { CHINCHILLA_RUNS_URL, missesOfBesiroglu2024, replicationRuns } from './chinchilla-runs.fixture.js';
import { fitScalingLaw } from './fit-scaling-law.js';
import { minimizeLbfgs } from './lbfgs.js';
import { lawFromFit } from './law-from-fit.js';
import type { TrainingRun } from './parse-runs-csv.js';
import { toRunSet } from './run-set.js';
import { scalingLawObjective } from './scaling-law-objective.js';
import { REDUCED_START_GRID, startGrid } from './start-grid.js';

const REDUCED = startGrid(REDUCED_START_GRID);
const csv = readFileSync(CHINCHILLA_RUNS_URL, 'utf8');

/** Runs on a 5 × 5 grid of model sizes and token counts, with multiplicative noise of sd `noise` on the loss. */
function syntheticRuns(law: ScalingLawParams, noise: number, seed: number): TrainingRun[] {
  const stream = new SampleStream(seed);
  stream.startSample(0);
  const runs: TrainingRun[] = [];
  for (const params of [1e7, 1e8, 1e9, 1e10, 1e11]) {
    for (const tokensPerParam of [2, 8, 20, 80, 300]) {
      const tokens = params * tokensPerParam;
      const loss = (law.E + law.A / params ** law.alpha + law.B / tokens ** law.beta) * Math.exp(noise * standardNormal(stream));
      runs.push({ params, tokens, loss });
    }
  }
  return runs;
}

describe('fitScalingLaw', () => {
  // The 162-start fit of the 240 Chinchilla runs, which the replication and the trap tests both check.
  let chinchillaFit: ReturnType<typeof fitScalingLaw>;
  beforeAll(() => {
    chinchillaFit = fitScalingLaw(replicationRuns(csv), { starts: REDUCED });
  });

  it('fitScalingLaw recovers known parameters from noisy synthetic runs, for laws inside the published ranges', () => {
    fc.assert(
      fc.property(
        fc.record({
          E: fc.double({ min: 1.5, max: 2, noNaN: true }),
          A: fc.double({ min: 300, max: 700, noNaN: true }),
          B: fc.double({ min: 400, max: 2500, noNaN: true }),
          alpha: fc.double({ min: 0.25, max: 0.45, noNaN: true }),
          beta: fc.double({ min: 0.25, max: 0.45, noNaN: true }),
        }),
        fc.nat(),
        (law, seed) => {
          const fit = fitScalingLaw(syntheticRuns(law, 1e-4, seed), { starts: REDUCED });
          expect(fit.converged).toBe(true);
          // Noise of 1e-4 in ln L moves the exponents by ~1e-4 to 3e-3 (most at the corners of the ranges,
          // e.g. E 1.5, alpha 0.45, beta 0.25) and the log-coefficients by ~1e-3 to 1e-2.
          expect(Math.abs(fit.law.E / law.E - 1)).toBeLessThan(2e-3);
          expect(Math.abs(fit.law.alpha - law.alpha)).toBeLessThan(5e-3);
          expect(Math.abs(fit.law.beta - law.beta)).toBeLessThan(5e-3);
          expect(Math.abs(Math.log(fit.law.A / law.A))).toBeLessThan(0.05);
          expect(Math.abs(Math.log(fit.law.B / law.B))).toBeLessThan(0.05);
        },
      ),
      { numRuns: 12 },
    );
  });

  it('fitScalingLaw recovers noise-free parameters to high precision', () => {
    const law = { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 };
    const fit = fitScalingLaw(syntheticRuns(law, 0, 1), { starts: REDUCED });
    expect(fit.law.E).toBeCloseTo(law.E, 6);
    expect(fit.law.alpha).toBeCloseTo(law.alpha, 6);
    expect(fit.law.beta).toBeCloseTo(law.beta, 6);
    expect(fit.law.A / law.A).toBeCloseTo(1, 4);
    expect(fit.law.B / law.B).toBeCloseTo(1, 4);
  });

  it('fitScalingLaw replicates Besiroglu et al. 2024 on the 240 Chinchilla runs (E 0.1%, alpha 0.5%, beta 1%, A 3%, B 5%)', () => {
    const fit = chinchillaFit;
    expect(fit.runs).toBe(240);
    expect(fit.converged).toBe(true);
    expect(missesOfBesiroglu2024(fit.law)).toEqual([]);
  });

  it('an absolute stopping rule on the MEAN Huber loss stops early in the flat A–B valley (the published trap)', () => {
    const runs = replicationRuns(csv);
    const set = toRunSet(runs);
    const n = runs.length;
    const meanObjective = (x: Float64Array, gradient: Float64Array): number => {
      const value = scalingLawObjective(set, x, gradient);
      for (let k = 0; k < 5; k++) gradient[k] /= n;
      return value / n;
    };
    // scipy's BFGS default, gtol = 1e-5, on the mean: stops with B less than half the optimum.
    let best: { value: number; x: Float64Array } = { value: Infinity, x: new Float64Array(5) };
    for (const start of REDUCED) {
      const result = minimizeLbfgs(meanObjective, start, { gradientTolerance: 1e-5 });
      if (result.value < best.value) best = result;
    }
    const early = lawFromFit(best.x);
    const fit = chinchillaFit;
    expect(Math.abs(Math.log(early.B / fit.law.B))).toBeGreaterThan(0.5);
    expect(Math.abs(early.beta - fit.law.beta)).toBeGreaterThan(0.02);
  });

  it('fitScalingLaw rejects fewer distinct runs than parameters with one line naming the source', () => {
    const runs = [1, 2, 3, 4].map((k) => ({ params: 1e8 * k, tokens: 2e9 * k, loss: 3 - 0.1 * k }));
    expect(() => fitScalingLaw([...runs, runs[0]], { starts: REDUCED, source: 'runs.csv' })).toThrow(
      new InputError('runs.csv', "4 distinct (params, tokens) runs cannot determine the law's 5 parameters; give at least 5"),
    );
  });
});
