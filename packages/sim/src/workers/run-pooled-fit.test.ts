import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHINCHILLA_RUNS_URL, replicationRuns } from '../fit/chinchilla-runs.fixture.js';
import { toRunSet } from '../fit/run-set.js';
import { fitFromStarts } from '../fit/fit-from-starts.js';
import { bootstrapFits } from '../fit/bootstrap-fits.js';
import { scalingLawFit } from '../fit/fit-scaling-law.js';
import { REDUCED_START_GRID, startGrid } from '../fit/start-grid.js';
import { InputError } from '../errors/input-error.js';
import { REFITS_PER_TASK, runPooledFit } from './run-pooled-fit.js';
import { threadPools } from './thread-pools.test-support.js';

const poolOf = threadPools('fit-worker');

const runs = replicationRuns(readFileSync(CHINCHILLA_RUNS_URL, 'utf8'));
// A few starts of the reduced grid: the reduction over tasks of starts is fit-tasks.test.ts's; this is the whole run.
const starts = startGrid(REDUCED_START_GRID).slice(0, 40);
// More refits than one task holds, so the draws are put together from several tasks.
const refits = REFITS_PER_TASK + 7;

describe('runPooledFit', () => {
  it('gives the fit and draws made in one pass, the same bytes on one worker and on three', async () => {
    const set = toRunSet(runs);
    const best = fitFromStarts(set, starts.map((start) => Array.from(start)));
    const fit = scalingLawFit(best, runs.length, 'runs.csv');
    const bootstrap = bootstrapFits(set, Array.from(fit.x), { refits, seed: 5 });
    const phases: string[] = [];
    const one = await runPooledFit(poolOf(1), { runs, source: 'runs.csv', starts, refits, seed: 5, onProgress: (phase, done, total) => phases.push(`${phase} ${done}/${total}`) });
    const three = await runPooledFit(poolOf(3), { runs, source: 'runs.csv', starts, refits, seed: 5 });
    expect(one.fit).toEqual(fit);
    expect(one.draws).toEqual(bootstrap.draws);
    expect(one.convergedRefits).toBe(bootstrap.converged);
    expect(three).toEqual(one);
    expect(phases.at(-1)).toBe(`refits ${refits}/${refits}`);
  });

  it('refuses runs that cannot determine the law before any work, naming the source', async () => {
    await expect(runPooledFit(poolOf(1), { runs: runs.slice(0, 3), source: 'three.csv', starts, refits: 1, seed: 1 })).rejects.toThrow(InputError);
    await expect(runPooledFit(poolOf(1), { runs: runs.slice(0, 3), source: 'three.csv', starts, refits: 1, seed: 1 })).rejects.toThrow(/^three\.csv/);
  });

  it('rejects with the signal\'s reason when aborted', async () => {
    const controller = new AbortController();
    const run = runPooledFit(poolOf(1), { runs, source: 'runs.csv', starts, refits, seed: 5, signal: controller.signal });
    controller.abort(new Error('stop'));
    await expect(run).rejects.toThrow('stop');
  });
});
