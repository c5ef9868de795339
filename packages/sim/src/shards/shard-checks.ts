import type { Plan } from '../model/plan.js';
import type { SampleRange } from './shard-range.js';
import { hasUnprintable } from '../errors/input-error.js';
import { SCENARIO_LIMITS } from '../scenario/validate-scenario.js';
import type { SweepSummary } from '../summary/sweep-summary.js';
import { TRAJECTORY_SAMPLES, recordWidth } from '../summary/trajectory-records.js';
import { SENSITIVITY_BINS, SENSITIVITY_SAMPLES, SENSITIVITY_YEAR_SCALE, limbValue, sensitivitySampleCount } from '../summary/sensitivity-accumulator.js';
import { MAX_SECTION_BYTES, maxSegments, sensitivityBytes, trajectoryBytes } from './section-limits.js';

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
  if (!Array.isArray(plan.demand) || plan.demand.length === 0 || plan.demand.length > SCENARIO_LIMITS.demandModels) {
    bad('plan.demand', `expected a list of 1 to ${SCENARIO_LIMITS.demandModels} demand models`);
  }
  plan.demand.forEach((model, k) => {
    if (typeof model !== 'object' || model === null || (model.mode !== 'trend' && model.mode !== 'compute')) bad(`plan.demand[${k}]`, 'expected a trend or compute demand model');
    checkSchedule(model.growth, `plan.demand[${k}].growth`, bad);
  });
  const seen = new Set<string>();
  plan.stocks.forEach((stock, k) => {
    if (typeof stock !== 'object' || stock === null) bad(`plan.stocks[${k}]`, 'expected a stock');
    checkSchedule(stock.growth, `plan.stocks[${k}].growth`, bad);
    checkName(stock.name, `plan.stocks[${k}].name`, bad);
    if (seen.has(stock.name)) bad(`plan.stocks[${k}].name`, 'repeats the name of another stock');
    seen.add(stock.name);
  });
}

function checkSchedule(growth: unknown, path: string, bad: Bad): void {
  const slots = (growth as { lnRateSlots?: unknown } | null)?.lnRateSlots;
  if (!Array.isArray(slots) || slots.length === 0 || slots.length > SCENARIO_LIMITS.segments) bad(path, `expected a schedule of 1 to ${SCENARIO_LIMITS.segments} segments`);
}

function checkName(name: unknown, path: string, bad: Bad): void {
  if (typeof name !== 'string' || name.trim() === '' || [...name].length > SCENARIO_LIMITS.nameLength || hasUnprintable(name)) {
    bad(path, `expected one line of printable text of at most ${SCENARIO_LIMITS.nameLength} characters`);
  }
}

/** Samples of [first, end) whose paths a shard records: those below TRAJECTORY_SAMPLES. */
function recordedIn(range: SampleRange): number {
  return Math.max(0, Math.min(range.end, TRAJECTORY_SAMPLES) - range.first);
}

/**
 * The optional sections against the plan and the shard's range: shapes, sizes within MAX_SECTION_BYTES,
 * whole non-negative counts that add up to the samples they count, finite sums.
 */
export function checkSections(summary: SweepSummary, plan: Plan, range: SampleRange, bad: Bad): void {
  const trajectories = summary.trajectories;
  if (trajectories !== undefined) {
    const at = 'summary.trajectories';
    const years = plan.horizonYear - plan.startYear + 1;
    const series = 1 + plan.stocks.length;
    const segments = maxSegments(plan);
    if (trajectoryBytes(plan) > MAX_SECTION_BYTES) bad(at, `would take more than ${MAX_SECTION_BYTES / 1048576} MB`);
    if (typeof trajectories !== 'object' || trajectories === null || trajectories.startYear !== plan.startYear || trajectories.years !== years || trajectories.series !== series) {
      bad(at, `expected ${series} series over ${years} years from ${plan.startYear}`);
    }
    const recorded = recordedIn(range);
    if (trajectories.recorded !== recorded) bad(`${at}.recorded`, `expected ${recorded}, the samples of the shard's range below ${TRAJECTORY_SAMPLES}`);
    const modes = plan.demand.map((model) => model.mode);
    const shaped = trajectories.seriesWidth === 2 + 2 * segments && Array.isArray(trajectories.demandModes) && trajectories.demandModes.length === modes.length && modes.every((mode, k) => trajectories.demandModes[k] === mode);
    if (!shaped && !(recorded === 0 && trajectories.seriesWidth === 0)) bad(at, `expected records of ${series} series of up to ${segments} segments`);
    const { data } = trajectories;
    const width = recorded === 0 ? 0 : recordWidth(trajectories);
    if (!(data instanceof Float64Array) || data.length < recorded * width) bad(`${at}.data`, `expected ${recorded} records of ${width} numbers`);
    for (let r = 0; r < recorded; r++) {
      const first = r * width;
      const model = data[first];
      if (!(Number.isInteger(model) && model >= 0 && model < plan.demand.length)) bad(`${at}.data`, 'expected each record to start with a demand model index');
      for (let s = 0; s < series; s++) {
        const from = first + 1 + s * trajectories.seriesWidth;
        const count = data[from + 2];
        if (!(Number.isInteger(count) && count >= 1 && count <= segments)) bad(`${at}.data`, `expected a segment count in [1, ${segments}]`);
        for (let k = from; k < from + 3 + 2 * count - 1; k++) if (!Number.isFinite(data[k])) bad(`${at}.data`, 'expected finite values');
      }
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
        const expected = acc.inputs[i].edges.length === 0 ? 0 : sensitivitySampleCount(range.first, range.end);
        if (total !== expected) bad(`${at}.count`, `an input's counts add up to ${total}, not ${expected} (the samples of the shard's range below ${SENSITIVITY_SAMPLES})`);
      }
    }
  }
}

function isWhole(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}
