import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { kernelWasmUrl } from '@horizon/core-wasm';
import { validateScenario } from '../scenario/validate-scenario.js';
import { compilePlan } from '../model/compile-plan.js';
import type { Plan } from '../model/plan.js';
import { SCENARIO_PRESETS } from '../presets/presets.js';
import { AGREEMENT_SCENARIOS, LAW_ROWS } from './agreement-scenarios.fixture.js';
import { compileWasmModuleSync } from './wasm-api.js';
import { kernelSeriesOrderStatistics } from './kernel-trajectory-order-statistics.js';
import { recordTrajectories } from '../report/recorded-trajectories.js';
import { trajectoriesResult } from '../report/trajectories-result.js';
import { seriesOrderStatistics } from '../summary/series-order-statistics.js';
import { quantileRanks } from '../summary/select-quantiles.js';
import { addTrajectory, createTrajectoryRecords, shapeTrajectoryRecords, type TrajectoryRecords } from '../summary/trajectory-records.js';

const kernelModule = compileWasmModuleSync(readFileSync(fileURLToPath(kernelWasmUrl)));
const kernel = kernelSeriesOrderStatistics(kernelModule);

const planOf = (scenario: unknown): Plan => compilePlan(validateScenario(scenario), { lawSamples: () => LAW_ROWS });

const cases: Array<[string, Plan]> = [
  ...Object.entries(SCENARIO_PRESETS).map(([name, scenario]): [string, Plan] => [`preset ${name}`, planOf(scenario)]),
  ...Object.entries(AGREEMENT_SCENARIOS).map(([name, scenario]): [string, Plan] => [name, planOf(scenario)]),
];

/** Values as numbers a test compares, the sign of a zero left out (its exp is 1 either way). */
const unsigned = (values: ArrayLike<number> | undefined) => values && Array.from(values, (value) => (value === 0 ? 0 : value));

describe('kernelSeriesOrderStatistics', () => {
  it.each(cases)('%s: trajectoriesResult gives the same bytes as with TypeScript\'s order statistics, every year and the first years', (_name, plan) => {
    const names = plan.stocks.map((stock) => stock.name);
    for (const [seed, samples] of [[5, 1_000_000], [6, 300]]) {
      const records = recordTrajectories(plan, seed, samples);
      for (const throughYear of [undefined, plan.startYear + 9]) {
        expect(JSON.stringify(trajectoriesResult(records, names, throughYear, kernel))).toBe(JSON.stringify(trajectoriesResult(records, names, throughYear)));
      }
    }
  });

  it('gives TypeScript\'s order statistics for any records, members and ranks; declines values that are not finite', () => {
    const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    const record = (maxSegments: number) =>
      fc.record({
        ln0: fc.oneof(finite, fc.constantFrom(0, -0, 31.5, Infinity, -Infinity)),
        scale: fc.oneof(finite, fc.constantFrom(0, 1)),
        segments: fc.integer({ min: 1, max: maxSegments }),
        rates: fc.array(fc.oneof(finite, fc.constantFrom(0, 0.5)), { minLength: maxSegments, maxLength: maxSegments }),
        breaks: fc.array(fc.integer({ min: 2010, max: 2060 }), { minLength: maxSegments, maxLength: maxSegments }),
      });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }).chain((maxSegments) => fc.tuple(fc.constant(maxSegments), fc.array(record(maxSegments), { minLength: 1, maxLength: 400 }))),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 7 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 2 }),
        ([maxSegments, paths], ps, years, stride) => {
          const records = createTrajectoryRecords(2024, 2024 + 60, 1);
          shapeTrajectoryRecords(records, maxSegments, ['trend']);
          for (const path of paths) {
            const growth = { lnRates: path.rates.slice(0, path.segments), breakYears: [...path.breaks].sort((a, b) => a - b).slice(0, path.segments - 1) };
            addTrajectory(records, 0, path.ln0, path.scale, growth, [path.ln0 / 2], [growth]);
          }
          // Every record, or every other, or every third.
          const members = Int32Array.from({ length: records.recorded }, (_, k) => k).filter((k) => k % (stride + 1) === 0);
          const ranks = quantileRanks(members.length, ps);
          for (const series of [0, 1]) {
            const expected = seriesOrderStatistics(records as TrajectoryRecords, series, members, years, ranks) as Float64Array;
            const got = kernel(records, series, members, years, ranks);
            if (expected.some((value) => !Number.isFinite(value))) expect(got).toBeUndefined();
            else if (got !== undefined) expect(unsigned(got)).toEqual(unsigned(expected));
            else expect(paths.some((path) => !Number.isFinite(path.ln0) || !Number.isFinite(path.scale) || path.rates.some((rate) => !Number.isFinite(rate)))).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
