import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { kernelWasmUrl } from '@horizon/core-wasm';
import { SCENARIO_PRESETS, compilePlan, compileWasmModuleSync, mergeSummary, validateScenario } from '@horizon/sim';
import { runSweepTask, trajectoriesResult, type TrajectoriesResult, type TrajectoryRecords } from '@horizon/sim/internal';
import { runTrajectoryJob } from './trajectory-job.js';

const kernel = compileWasmModuleSync(readFileSync(fileURLToPath(kernelWasmUrl)));

describe('runTrajectoryJob, events', () => {
  it.each(['default', 'villalobos2024-compute'])('gives the same event indices with the posted kernel as with the reference engine (%s)', (preset) => {
    const scenario = validateScenario(SCENARIO_PRESETS[preset]);
    const withKernel = runTrajectoryJob({ id: 1, kind: 'events', scenario, seed: 13, kernel });
    const reference = runTrajectoryJob({ id: 2, kind: 'events', scenario, seed: 13 });
    expect(JSON.stringify(withKernel)).toBe(JSON.stringify(reference));
    expect('stocks' in withKernel && withKernel.stocks.length).toBeGreaterThan(0);
  });
});

describe('runTrajectoryJob, trajectories', () => {
  it.each(['default', 'villalobos2024-compute'])('gives the quantiles of a kernel sweep\'s own records, its blocks merged in any order (%s)', (preset) => {
    const scenario = validateScenario(SCENARIO_PRESETS[preset]);
    const plan = compilePlan(scenario);
    // The page's first blocks, as its engine workers ran them before the paths moved to the trajectory worker.
    const blocks = [[5120, 16384], [0, 1024], [1024, 4096]].map(([first, count]) =>
      runSweepTask({ jobId: `${preset} ${first}`, engine: 'kernel', module: kernel, plan, seed: 13, sections: { trajectories: true }, firstSample: first, count }),
    );
    const [summary, ...rest] = blocks;
    for (const block of rest) mergeSummary(summary, block);
    const swept = trajectoriesResult(summary.trajectories as TrajectoryRecords, plan.stocks.map((stock) => stock.name));
    const job = runTrajectoryJob({ id: 1, kind: 'trajectories', scenario, seed: 13, samples: 1_000_000 });
    expect(JSON.stringify(job)).toBe(JSON.stringify(swept));
  });

  it.each(['default', 'villalobos2024-compute', 'villalobos2024-fitted-trend'])('gives the same bytes with the posted kernel ordering each year\'s values (%s)', (preset) => {
    const scenario = validateScenario(SCENARIO_PRESETS[preset]);
    for (const throughYear of [2035, undefined]) {
      const withKernel = runTrajectoryJob({ id: 1, kind: 'trajectories', scenario, seed: 21, samples: 1_000_000, throughYear, kernel });
      const withoutKernel = runTrajectoryJob({ id: 2, kind: 'trajectories', scenario, seed: 21, samples: 1_000_000, throughYear });
      expect(JSON.stringify(withKernel)).toBe(JSON.stringify(withoutKernel));
    }
  });

  it('through a year, gives the first years of the whole result, before or after it', () => {
    const scenario = validateScenario(SCENARIO_PRESETS.default);
    const whole = () => runTrajectoryJob({ id: 1, kind: 'trajectories', scenario, seed: 13, samples: 20_000 }) as TrajectoriesResult;
    const first = () => runTrajectoryJob({ id: 2, kind: 'trajectories', scenario, seed: 13, samples: 20_000, throughYear: 2035 }) as TrajectoriesResult;
    for (const [a, b] of [[first(), whole()], [first(), whole()].reverse()]) {
      const [prefix, all] = a.years.length < b.years.length ? [a, b] : [b, a];
      expect(prefix.years).toEqual(all.years.filter((year) => year <= 2035));
      expect(prefix.supply).toEqual(Object.fromEntries(Object.entries(all.supply).map(([name, bands]) => [name, Object.fromEntries(Object.entries(bands).map(([level, values]) => [level, values.slice(0, prefix.years.length)]))])));
    }
  });
});
