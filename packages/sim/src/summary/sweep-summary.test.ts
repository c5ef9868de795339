import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateScenario } from '../scenario/validate-scenario.js';
import { compilePlan } from '../model/compile-plan.js';
import { ReferenceEngine } from '../engine/reference-engine.js';
import { addYear, createSummary, mergeSummary, type SweepSummary } from './sweep-summary.js';
import { yearQuantile, yearlyCdf } from './year-quantile.js';
import { QUANTILE_LEVELS, sweepResult } from '../report/sweep-result.js';
import { SCENARIO_PRESETS } from '../presets/presets.js';

const plan = compilePlan(validateScenario(SCENARIO_PRESETS['contract-example']));

function summaryOf(ranges: Array<[number, number]>, seed: number): SweepSummary {
  const total = createSummary(plan.startYear, plan.horizonYear, plan.stocks.length);
  for (const [first, count] of ranges) {
    const part = createSummary(plan.startYear, plan.horizonYear, plan.stocks.length);
    new ReferenceEngine(plan, seed).runBlock(first, count, part);
    mergeSummary(total, part);
  }
  return total;
}

describe('SweepSummary', () => {
  it('merging the summaries of any split of the samples, in any order, equals the whole run', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 1999 }), { maxLength: 6 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 2 ** 32 }),
        (cuts, rotate, seed) => {
          const edges = [0, ...[...cuts].sort((a, b) => a - b), 2000];
          const ranges = edges.slice(0, -1).map((from, k): [number, number] => [from, edges[k + 1] - from]);
          const shuffled = ranges.map((_, k) => ranges[(k + rotate) % ranges.length]);
          const whole = summaryOf([[0, 2000]], seed);
          expect(summaryOf(shuffled, seed)).toEqual(whole);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('gives non-decreasing quantiles and cdf', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 }), fc.integer({ min: 1, max: 3000 }), (seed, samples) => {
        const summary = summaryOf([[0, samples]], seed);
        const result = sweepResult(plan, seed, summary);
        for (const stock of Object.values(result.stocks)) {
          const qs = Object.keys(QUANTILE_LEVELS).map((key) => stock.quantiles[key as keyof typeof QUANTILE_LEVELS] ?? Infinity);
          for (let k = 1; k < qs.length; k++) expect(qs[k]).toBeGreaterThanOrEqual(qs[k - 1]);
          for (let k = 1; k < stock.cdf.length; k++) expect(stock.cdf[k].p).toBeGreaterThanOrEqual(stock.cdf[k - 1].p);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('yearQuantile inverts a known histogram: uniform mass over 2030–2031 has its median at 2030.5', () => {
    const summary = createSummary(2024, 2040, 1);
    for (let k = 0; k < 128; k++) addYear(summary, 0, 2030 + (k + 0.5) / 128);
    summary.samples = 128;
    expect(yearQuantile(summary.stocks[0], 128, 2024, 0.5)).toBeCloseTo(2030.5, 10);
    expect(yearlyCdf(summary.stocks[0], 128, 2024, 2040).slice(5, 8)).toEqual([0, 0, 1]);
  });

  it('yearlyCdf(year) is P(Y ≤ year): samples at exactly a whole year count in that year', () => {
    const summary = createSummary(2025, 2030, 1);
    for (let k = 0; k < 10; k++) addYear(summary, 0, 2026);
    summary.samples = 10;
    expect(yearlyCdf(summary.stocks[0], 10, 2025, 2030)).toEqual([0, 1, 1, 1, 1, 1]);
    expect(yearQuantile(summary.stocks[0], 10, 2025, 0.5)).toBeCloseTo(2026 - 1 / 256, 10);
  });

  it('puts "already" at startYear and returns null for quantiles inside the never mass', () => {
    const summary = createSummary(2024, 2030, 1);
    addYear(summary, 0, 2024);
    addYear(summary, 0, Infinity);
    addYear(summary, 0, Infinity);
    summary.samples = 3;
    expect(yearQuantile(summary.stocks[0], 3, 2024, 0.3)).toBe(2024);
    expect(yearQuantile(summary.stocks[0], 3, 2024, 0.5)).toBeNull();
  });
});
