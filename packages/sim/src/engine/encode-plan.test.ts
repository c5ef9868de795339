import { describe, expect, it } from 'vitest';
import { validateScenario } from '../scenario/validate-scenario.js';
import { compilePlan } from '../model/compile-plan.js';
import { binCount } from '../summary/sweep-summary.js';
import { AGREEMENT_SCENARIOS, LAW_ROWS } from './agreement-scenarios.fixture.js';
import {
  DEMAND_LENGTH, DIST_FIXED, DIST_LENGTH, DIST_LOGNORMAL, DIST_LOGUNIFORM, DIST_MIXTURE, DIST_NORMAL, DIST_TRIANGULAR, DIST_UNIFORM,
  COPULA_INPUT_LENGTH, HEADER_LENGTH, PLAN_FORMAT_VERSION, STEP_DIST, STEP_LENGTH, STEP_ROW, STOCK_LENGTH, encodePlan,
} from './encode-plan.js';
import type { CompiledDist } from '../distributions/compiled-dist.js';
import type { Plan, PlanSchedule } from '../model/plan.js';

/**
 * encodePlan read back by the layout its comment documents (the kernel's plan-format.ts mirrors it): every
 * header field, step, distribution, demand model, stock and schedule holds what the compiled plan holds.
 */
const CODES: Record<CompiledDist['kind'], number> = { fixed: DIST_FIXED, normal: DIST_NORMAL, lognormal: DIST_LOGNORMAL, uniform: DIST_UNIFORM, loguniform: DIST_LOGUNIFORM, triangular: DIST_TRIANGULAR, mixture: DIST_MIXTURE };

function params(dist: Exclude<CompiledDist, { kind: 'mixture' }>): number[] {
  switch (dist.kind) {
    case 'fixed': return [dist.value];
    case 'normal': return [dist.mean, dist.sd];
    case 'lognormal': return [dist.mu, dist.sigma];
    case 'uniform': return [dist.min, dist.max];
    case 'loguniform': return [dist.lnMin, dist.lnMax];
    case 'triangular': return [dist.min, dist.mode, dist.max];
  }
}

function expectDist(encoded: Float64Array, at: number, dist: CompiledDist): void {
  expect(encoded[at]).toBe(CODES[dist.kind]);
  if (dist.kind !== 'mixture') {
    const p = params(dist);
    expect(Array.from(encoded.subarray(at + 1, at + 1 + p.length))).toEqual(p);
    return;
  }
  const n = dist.components.length;
  expect(encoded[at + 1]).toBe(n);
  const cumulativeAt = encoded[at + 2];
  expect(Array.from(encoded.subarray(cumulativeAt, cumulativeAt + n))).toEqual(dist.cumulative);
  expect(encoded[cumulativeAt + n - 1]).toBe(1);
  dist.components.forEach((component, k) => expectDist(encoded, encoded[at + 3] + k * DIST_LENGTH, component));
}

function expectSchedule(encoded: Float64Array, at: number, schedule: PlanSchedule): void {
  const n = schedule.lnRateSlots.length;
  expect(encoded[at]).toBe(n);
  // A drawn break year (NaN in the plan) is a field the kernel fills per sample from the breaks table.
  schedule.breakYears.forEach((year, k) => Number.isNaN(year) || expect(encoded[at + 1 + k]).toBe(year));
  expect(Array.from(encoded.subarray(at + n, at + 2 * n))).toEqual(schedule.lnRateSlots);
}

/** The copula table at copulasAt (header field 16): per group its inputs' slots and distributions, then L. */
function expectCopulas(e: Float64Array, plan: Plan): void {
  const groups = plan.copulas ?? [];
  if (groups.length === 0) {
    expect(e[16]).toBe(0);
    return;
  }
  let at = e[16];
  expect(e[at++]).toBe(groups.length);
  for (const group of groups) {
    const n = group.steps.length;
    expect(e[at++]).toBe(n);
    for (const index of group.steps) {
      const step = plan.steps[index];
      if (step.kind !== 'dist') throw new Error('a copula holds dist steps only');
      expect([e[at], e[at + 2], e[at + 3]]).toEqual([step.slot, step.logSpace ? 1 : 0, step.truncated ? 1 : 0]);
      expectDist(e, e[at + 1], step.dist);
      at += COPULA_INPUT_LENGTH;
    }
    expect(Array.from(e.subarray(at, at + n * n))).toEqual(group.cholesky);
    at += n * n;
  }
}

function expectEncoded(plan: Plan): void {
  const e = encodePlan(plan);
  expect(Array.from(e.subarray(0, 5))).toEqual([PLAN_FORMAT_VERSION, plan.startYear, plan.horizonYear, plan.slotCount, plan.steps.length]);
  expect([e[6], e[7], e[9], e[10], e[11], e[13], e[14]]).toEqual([plan.demandChoiceSlot, plan.demand.length, plan.maxEpochsSlot, plan.rStarSlot, plan.stocks.length, binCount(plan.startYear, plan.horizonYear), e.length]);
  // Uncertain break years: a table of (break-year field, slot) pairs at breaksAt, or 0 when there are none.
  const drawnBreaks = [...plan.demand, ...plan.stocks].flatMap((owner) => owner.growth.breakYearSlots.filter((slot) => slot >= 0));
  if (drawnBreaks.length === 0) expect(e[15]).toBe(0);
  else {
    const table = e.subarray(e[15] + 1, e[15] + 1 + 2 * e[e[15]]);
    expect(e[e[15]]).toBe(drawnBreaks.length);
    expect(Array.from(table).filter((_, k) => k % 2 === 1).sort()).toEqual([...drawnBreaks].sort());
  }
  expect(e[5]).toBeGreaterThanOrEqual(HEADER_LENGTH);
  expect(e[17]).toBe(0);
  plan.steps.forEach((step, k) => {
    const at = e[5] + k * STEP_LENGTH;
    if (step.kind === 'dist' && step.copula) {
      // A correlated input's step draws a standard normal; its own distribution is in the copula table.
      expect(Array.from(e.subarray(at, at + 4))).toEqual([STEP_DIST, step.slot, 0, 0]);
      expectDist(e, e[at + 4], { kind: 'normal', mean: 0, sd: 1 });
    } else if (step.kind === 'dist') {
      expect(Array.from(e.subarray(at, at + 4))).toEqual([STEP_DIST, step.slot, step.logSpace ? 1 : 0, step.truncated ? 1 : 0]);
      expect([e[at + 5], e[at + 6], e[at + 7]]).toEqual([step.domain.min, step.domain.max, (step.domain.minInclusive ? 1 : 0) | (step.domain.maxInclusive ? 2 : 0)]);
      expectDist(e, e[at + 4], step.dist);
    } else {
      const rows = step.rows.length / step.width;
      expect([e[at], e[at + 1], e[at + 2], e[at + 3], e[at + 5]]).toEqual([STEP_ROW, step.slot, step.width, rows, step.indexSlot]);
      expect(Array.from(e.subarray(e[at + 4], e[at + 4] + step.rows.length))).toEqual(Array.from(step.rows));
    }
  });
  expectCopulas(e, plan);
  plan.demand.forEach((model, k) => {
    const at = e[8] + k * DEMAND_LENGTH;
    expect(e[at + 1]).toBe(model.cumulativeWeight);
    expect(e[at + 2]).toBe(model.mode === 'trend' ? model.lnTokens0Slot : model.lnFlops0Slot);
    expectSchedule(e, e[at + 3], model.growth);
    if (model.mode === 'compute') expect([...e.subarray(at + 4, at + 10)]).toEqual([...model.lawSlots, model.lnOvertrainingSlot]);
  });
  plan.stocks.forEach((stock, s) => {
    const at = e[12] + s * STOCK_LENGTH;
    expect([e[at], e[at + 1]]).toEqual([stock.lnTokens0Slot, stock.lnUsableFractionSlot]);
    expectSchedule(e, e[at + 2], stock.growth);
  });
}

describe('encodePlan', () => {
  it.each(Object.entries(AGREEMENT_SCENARIOS))('lays out "%s" as its comment documents', (_, scenario) => {
    expectEncoded(compilePlan(validateScenario(scenario), { lawSamples: () => LAW_ROWS }));
  });
});
