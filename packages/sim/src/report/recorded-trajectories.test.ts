import { describe, expect, it } from 'vitest';
import { SCENARIO_PRESETS } from '../presets/presets.js';
import { validateScenario } from '../scenario/validate-scenario.js';
import { compilePlan } from '../model/compile-plan.js';
import { ReferenceEngine } from '../engine/reference-engine.js';
import { runSweep } from '../engine/run-sweep.js';
import type { TrajectoryRecords } from '../summary/trajectory-records.js';
import { trajectoriesResult } from './trajectories-result.js';
import { recordedTrajectories } from './recorded-trajectories.js';

describe('recordedTrajectories(plan, seed, samples)', () => {
  it.each([
    ['default', 300],
    ['default', 10_000],
    ['villalobos2024-compute', 9_000],
  ])('gives the quantiles of a sweep\'s own records (%s, %i samples)', (preset, samples) => {
    const plan = compilePlan(validateScenario(SCENARIO_PRESETS[preset]));
    const swept = runSweep(plan, new ReferenceEngine(plan, 21), samples, undefined, { trajectories: true });
    const names = plan.stocks.map((stock) => stock.name);
    expect(JSON.stringify(recordedTrajectories(plan, 21, samples))).toBe(JSON.stringify(trajectoriesResult(swept.trajectories as TrajectoryRecords, names)));
  });
});
