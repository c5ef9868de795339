import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHINCHILLA_RUNS_URL, replicationRuns } from '../fit/chinchilla-runs.fixture.js';
import { toRunSet } from '../fit/run-set.js';
import { fitFromStarts } from '../fit/fit-from-starts.js';
import { bootstrapFits } from '../fit/bootstrap-fits.js';
import { REDUCED_START_GRID, startGrid } from '../fit/start-grid.js';
import { bestOfChunks, type BootstrapTask, type FitStartsTask } from './fit-tasks.js';
import { threadPools } from './thread-pools.test-support.js';

const pool = threadPools('fit-worker')(2);

const runs = toRunSet(replicationRuns(readFileSync(CHINCHILLA_RUNS_URL, 'utf8')));
const starts = startGrid(REDUCED_START_GRID).map((start) => Array.from(start));

describe('the fit on the worker pool', () => {
  // The one-pass fit of the starts: the chunks' reference, and the optimum the bootstrap refits start from.
  let onePass: ReturnType<typeof fitFromStarts>;
  beforeAll(() => {
    onePass = fitFromStarts(runs, starts);
  });

  it('chunks of starts fitted on workers, reduced in any order, give the one-pass fit', async () => {
    const whole = onePass;
    const chunks = [0, 40, 80, 120].map((first): FitStartsTask => ({ runs, starts: starts.slice(first, first + 40), firstIndex: first }));
    const results = await Promise.all(chunks.map((task) => pool.exec('runFitStartsTask', [task])));
    expect(bestOfChunks(results)).toEqual(whole);
    expect(bestOfChunks([...results].reverse())).toEqual(whole);
  });

  it('bootstrap chunks made on workers concatenate to the refits made at once', async () => {
    const optimum = Array.from(onePass!.x);
    const whole = bootstrapFits(runs, optimum, { refits: 12, seed: 9 });
    const tasks = [0, 5].map((firstRefit): BootstrapTask => ({ runs, optimum, refits: firstRefit === 0 ? 5 : 7, seed: 9, firstRefit }));
    const [a, b] = await Promise.all(tasks.map((task) => pool.exec('runBootstrapTask', [task])));
    expect(Float64Array.from([...a.draws, ...b.draws])).toEqual(whole.draws);
    expect(a.converged + b.converged).toBe(whole.converged);
  });
});
