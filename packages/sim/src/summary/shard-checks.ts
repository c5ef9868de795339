import type { Plan } from '../model/plan.js';
import type { SampleRange } from '../engine/shard-range.js';
import { hasControl } from '../scenario/input-error.js';
import { SCENARIO_LIMITS } from '../scenario/validate-scenario.js';
import type { SweepSummary } from './sweep-summary.js';
import { TRAJECTORY_BINS, TRAJECTORY_STRIDE } from './trajectory-counts.js';
import { SENSITIVITY_BINS, SENSITIVITY_YEAR_SCALE, limbValue } from './sensitivity-accumulator.js';
import { MAX_SECTION_BYTES, sensitivityBytes, trajectoryBytes } from './section-limits.js';

/** Throws a ShardDataError naming the path in the shard file at fault. */
export type Bad = (path: string, rule: string) => never;

/**
 * What merge and the reporters read from a shard's plan, held to the scenario's own limits: the checksum
 * guards a file's integrity, not its origin, so a forged shard must not smuggle in escape codes, duplicate
 * names (which would silently drop a stock from the output), absurd years or sizes no scenario can have.
 */
export function checkPlan(plan: Plan, bad: Bad): void {
  if (typeof plan !== 'object' || plan === null) bad('plan', 'expected an object');
  checkName(plan.name, 'plan.name', bad);
  const { startYear, horizonYear } = plan;
  const { firstYear, lastYear, horizonSpanYears } = SCENARIO_LIMITS;
  if (!Number.isSafeInteger(startYear) || !Number.isSafeInteger(horizonYear) || !(startYear < horizonYear) || startYear < firstYear || horizonYear > lastYear || horizonYear - startYear > horizonSpanYears) {
    bad('plan', `expected whole years in [${firstYear}, ${lastYear}] with startYear < horizonYear, at most ${horizonSpanYears} years apart`);
  }
  if (!Array.isArray(plan.stocks) || plan.stocks.length === 0 || plan.stocks.length > SCENARIO_LIMITS.stocks) {
    bad('plan.stocks', `expected a list of 1 to ${SCENARIO_LIMITS.stocks} stocks`);
  }
  const seen = new Set<string>();
  plan.stocks.forEach((stock, k) => {
    if (typeof stock !== 'object' || stock === null) bad(`plan.stocks[${k}]`, 'expected a stock');
    checkName(stock.name, `plan.stocks[${k}].name`, bad);
    if (seen.has(stock.name)) bad(`plan.stocks[${k}].name`, 'repeats the name of another stock');
    seen.add(stock.name);
  });
}

function checkName(name: unknown, path: string, bad: Bad): void {
  if (typeof name !== 'string' || name.trim() === '' || [...name].length > SCENARIO_LIMITS.nameLength || hasControl(name)) {
    bad(path, `expected one line of printable text of at most ${SCENARIO_LIMITS.nameLength} characters`);
  }
}

/** Samples of [first, end) whose index is divisible by TRAJECTORY_STRIDE: those a shard records. */
function recordedIn(range: SampleRange): number {
  return Math.ceil(range.end / TRAJECTORY_STRIDE) - Math.ceil(range.first / TRAJECTORY_STRIDE);
}

/**
 * The optional sections against the plan and the shard's range: shapes, sizes within MAX_SECTION_BYTES,
 * whole non-negative counts that add up to the samples they count, finite sums.
 */
export function checkSections(summary: SweepSummary, plan: Plan, range: SampleRange, bad: Bad): void {
  const samples = range.end - range.first;
  const trajectories = summary.trajectories;
  if (trajectories !== undefined) {
    const at = 'summary.trajectories';
    const years = plan.horizonYear - plan.startYear + 1;
    const series = 1 + plan.stocks.length;
    if (trajectoryBytes(plan) > MAX_SECTION_BYTES) bad(at, `would take more than ${MAX_SECTION_BYTES / 1048576} MB`);
    if (typeof trajectories !== 'object' || trajectories === null || trajectories.years !== years || trajectories.series !== series || !(trajectories.counts instanceof Float64Array) || trajectories.counts.length !== series * years * TRAJECTORY_BINS) {
      bad(at, `expected ${series} series over ${years} years of ${TRAJECTORY_BINS} bins`);
    }
    const recorded = recordedIn(range);
    if (trajectories.recorded !== recorded) bad(`${at}.recorded`, `expected ${recorded}, the samples of the shard's range it records`);
    const { counts } = trajectories;
    for (let cell = 0; cell < series * years; cell++) {
      let total = 0;
      for (let b = cell * TRAJECTORY_BINS; b < (cell + 1) * TRAJECTORY_BINS; b++) {
        if (!isWhole(counts[b])) bad(`${at}.counts`, 'expected whole counts ≥ 0');
        total += counts[b];
      }
      if (total !== recorded) bad(`${at}.counts`, `a year's counts add up to ${total}, not the ${recorded} samples recorded`);
    }
  }
  const acc = summary.sensitivity;
  if (acc !== undefined) {
    const at = 'summary.sensitivity';
    if (typeof acc !== 'object' || acc === null || !Array.isArray(acc.inputs) || acc.stocks !== plan.stocks.length) bad(at, `expected inputs for ${plan.stocks.length} stocks`);
    const inputs = acc.inputs.length;
    if (inputs > (Array.isArray(plan.steps) ? plan.steps.length : 0)) bad(`${at}.inputs`, 'expected at most one input per draw step of the plan');
    if (sensitivityBytes(acc.stocks, inputs) > MAX_SECTION_BYTES) bad(at, `would take more than ${MAX_SECTION_BYTES / 1048576} MB`);
    acc.inputs.forEach((input, i) => {
      const where = `${at}.inputs[${i}]`;
      if (typeof input !== 'object' || input === null || !Number.isSafeInteger(input.slot) || input.slot < 0) bad(where, 'expected an input with a slot');
      checkName(input.path, `${where}.path`, bad);
      const { edges } = input;
      if (!Array.isArray(edges) || (edges.length !== 0 && edges.length !== SENSITIVITY_BINS - 1) || !edges.every((e, k) => Number.isFinite(e) && (k === 0 || edges[k - 1] <= e))) {
        bad(`${where}.edges`, `expected none or ${SENSITIVITY_BINS - 1} finite edges in order`);
      }
    });
    const cells = acc.stocks * inputs * SENSITIVITY_BINS;
    const sizes: Array<[keyof typeof acc, number]> = [['count', cells], ['never', cells], ['sumQ', 2 * cells], ['sumQ2', 2 * cells], ['totalQ', 2 * acc.stocks], ['totalQ2', 2 * acc.stocks], ['blockQ', cells], ['blockQ2', cells], ['blockTotalQ', acc.stocks], ['blockTotalQ2', acc.stocks]];
    for (const [key, length] of sizes) {
      const array = acc[key];
      if (!(array instanceof Float64Array) || array.length !== length) bad(`${at}.${key}`, `expected a Float64Array of ${length} numbers`);
      // Sums of quantised years are whole numbers ≥ 0; two-limb sums keep their low limb below 2^32.
      const twoLimb = key === 'sumQ' || key === 'sumQ2' || key === 'totalQ' || key === 'totalQ2';
      if (!array.every((value, k) => isWhole(value) && (!twoLimb || k % 2 === 0 || value < 2 ** 32))) bad(`${at}.${key}`, 'expected sums that are whole numbers ≥ 0');
    }
    // A cell's sums cannot pass its count times the largest quantised year (the horizon).
    const maxQ = (plan.horizonYear - plan.startYear) * SENSITIVITY_YEAR_SCALE;
    for (let cell = 0; cell < cells; cell++) {
      if (limbValue(acc.sumQ, cell) > acc.count[cell] * maxQ || limbValue(acc.sumQ2, cell) > acc.count[cell] * maxQ * maxQ) bad(`${at}.sumQ`, 'a sum is larger than its count allows');
    }
    for (let s = 0; s < acc.stocks; s++) {
      for (let i = 0; i < inputs; i++) {
        const first = (s * inputs + i) * SENSITIVITY_BINS;
        let total = 0;
        for (let cell = first; cell < first + SENSITIVITY_BINS; cell++) {
          if (!isWhole(acc.count[cell]) || !isWhole(acc.never[cell]) || acc.never[cell] > acc.count[cell]) bad(`${at}.count`, 'expected whole counts ≥ 0, never at most count');
          total += acc.count[cell];
        }
        const expected = acc.inputs[i].edges.length === 0 ? 0 : samples;
        if (total !== expected) bad(`${at}.count`, `an input's counts add up to ${total}, not ${expected}`);
      }
    }
  }
}

function isWhole(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}
