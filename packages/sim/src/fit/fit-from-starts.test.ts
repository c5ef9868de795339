import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { betterFit, fitFromStarts, gradientScale } from './fit-from-starts.js';
import { CHINCHILLA_RUNS_URL, replicationRuns } from './chinchilla-runs.fixture.js';
import { toRunSet, withWeights } from './run-set.js';
import { REDUCED_START_GRID, startGrid } from './start-grid.js';

const runs = toRunSet(replicationRuns(readFileSync(CHINCHILLA_RUNS_URL, 'utf8')));
const starts = startGrid(REDUCED_START_GRID).filter((_, k) => k % 6 === 0);

describe('fitFromStarts', () => {
  it('fitFromStarts over chunks of the starts, reduced with betterFit, equals one pass over all of them', () => {
    const whole = fitFromStarts(runs, starts);
    const cut = 11;
    const first = fitFromStarts(runs, starts.slice(0, cut), {}, 0);
    const rest = fitFromStarts(runs, starts.slice(cut), {}, cut);
    const chunked = betterFit(first, rest);
    expect(chunked).toEqual(whole);
    // The reduction does not depend on the order of the chunks.
    const reversed = betterFit(rest, first);
    expect(reversed).toEqual(whole);
  });

  it('betterFit breaks a tie in value by the earlier start', () => {
    const fit = { x: new Float64Array(5), value: 1, converged: true, iterations: 1, evaluations: 1, gradientNorm: 0 };
    expect(betterFit({ ...fit, startIndex: 7 }, { ...fit, startIndex: 3 })?.startIndex).toBe(3);
    expect(betterFit(null, { ...fit, startIndex: 3 })?.startIndex).toBe(3);
    expect(betterFit(null, null)).toBeNull();
  });

  it('the stopping rule is relative: scaling the objective (a sum → a mean) gives the same optimum', () => {
    const sum = fitFromStarts(runs, starts.slice(0, 6))!;
    const mean = fitFromStarts(withWeights(runs, new Float64Array(runs.weight.length).fill(1 / runs.weight.length)), starts.slice(0, 6))!;
    expect(mean.converged).toBe(true);
    for (let k = 0; k < 5; k++) expect(mean.x[k]).toBeCloseTo(sum.x[k], 5);
  });

  it('gradientScale is delta · Σ w · max(1, |ln N|, |ln D|)', () => {
    const set = toRunSet([{ params: Math.E ** 20, tokens: Math.E ** 24, loss: 2 }]);
    expect(gradientScale(set)).toBeCloseTo(1e-3 * 24, 12);
  });
});
