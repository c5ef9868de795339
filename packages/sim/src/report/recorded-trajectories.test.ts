import { describe, expect, it } from 'vitest';
import { SCENARIO_PRESETS } from '../presets/presets.js';
import { validateScenario } from '../scenario/validate-scenario.js';
import { compilePlan } from '../model/compile-plan.js';
import { ReferenceEngine } from '../engine/reference-engine.js';
import { runSweep } from '../engine/run-sweep.js';
import type { TrajectoryRecords } from '../summary/trajectory-records.js';
import { trajectoriesResult } from './trajectories-result.js';
import { recordedTrajectories, recordTrajectories } from './recorded-trajectories.js';

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

  it.each([
    ['default', 10_000, 2035],
    ['villalobos2024-compute', 5_000, 2040],
    ['default', 10_000, 1900],
    ['default', 10_000, 2500],
  ])('trajectoriesResult through a year gives the first years of the whole result, the same numbers (%s, %i samples, through %i)', (preset, samples, throughYear) => {
    const plan = compilePlan(validateScenario(SCENARIO_PRESETS[preset]));
    const names = plan.stocks.map((stock) => stock.name);
    const records = recordTrajectories(plan, 5, samples);
    const whole = trajectoriesResult(records, names);
    const first = trajectoriesResult(records, names, throughYear);
    const count = Math.max(1, Math.min(whole.years.length, throughYear - plan.startYear + 1));
    const prefix = (bands: Record<string, Array<number | null>>) => Object.fromEntries(Object.entries(bands).map(([level, values]) => [level, values.slice(0, count)]));
    expect(first.years).toEqual(whole.years.slice(0, count));
    expect(first.samplesUsed).toBe(whole.samplesUsed);
    expect(first.demand).toEqual(prefix(whole.demand));
    for (const name of names) expect(first.supply[name]).toEqual(prefix(whole.supply[name]));
    expect(first.demandByModel).toEqual(whole.demandByModel?.map((model) => ({ ...model, bands: prefix(model.bands) })));
  });
});
