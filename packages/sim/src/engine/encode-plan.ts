import type { CompiledDist } from '../distributions/compiled-dist.js';
import type { Plan, PlanSchedule } from '../model/plan.js';
import { binCount } from '../summary/sweep-summary.js';

/**
 * The plan as the WebAssembly kernel reads it: one Float64Array. This file is the layout's one description;
 * packages/core-wasm/assembly/plan-format.ts mirrors its constants. Every field is an f64; counts, slots,
 * codes and offsets are small exact integers. Offsets ("…At") are indices into the array, not bytes.
 *
 * Header (HEADER_LENGTH fields):
 *   0 format version (PLAN_FORMAT_VERSION)   1 startYear            2 horizonYear       3 slotCount
 *   4 stepCount                              5 stepsAt              6 demandChoiceSlot (−1: one model)
 *   7 demandCount                            8 demandsAt            9 maxEpochsSlot    10 rStarSlot
 *  11 stockCount                            12 stocksAt            13 bins per stock  14 total length
 *  15 breaksAt: 0, or the table of uncertain break years (below)
 *  16 copulasAt: 0, or the table of Gaussian copulas (below)         17 reserved (0)
 *
 * Step (STEP_LENGTH fields each, from stepsAt; each draws from its own sub-stream, so order is free):
 *   dist: 0 STEP_DIST, 1 slot, 2 logSpace (0/1), 3 truncated (0/1), 4 distAt, 5 domain min, 6 domain max,
 *         7 domain flags (bit 0: min inclusive, bit 1: max inclusive)
 *   row:  0 STEP_ROW, 1 first slot, 2 width, 3 row count, 4 rowsAt (row-major values), 5 index slot (receives
 *         the drawn row's index), 6–7 reserved
 *   both: 8 high and 9 low 32 bits of the step's stream key (random/stream-key.ts)
 *
 * Distribution (at distAt, DIST_LENGTH fields): 0 code, 1–3 parameters
 *   DIST_FIXED value · DIST_NORMAL mean, sd · DIST_LOGNORMAL mu, sigma (of the log) · DIST_UNIFORM min, max ·
 *   DIST_LOGUNIFORM ln min, ln max · DIST_TRIANGULAR min, mode, max ·
 *   DIST_MIXTURE component count n, cumulativeAt (n cumulative probabilities, the last exactly 1),
 *   componentsAt (n simple distributions of DIST_LENGTH fields, back to back).
 *
 * Demand model (DEMAND_LENGTH fields each, from demandsAt):
 *   0 mode (DEMAND_TREND / DEMAND_COMPUTE), 1 cumulative weight, 2 ln tokens0 slot (trend) or ln flops0 slot
 *   (compute), 3 scheduleAt, 4–8 E, A, B, alpha, beta slots (compute), 9 ln overtraining slot (compute),
 *   10–11 reserved
 *
 * Stock (STOCK_LENGTH fields each, from stocksAt): 0 ln tokens0 slot, 1 ln usableFraction slot, 2 scheduleAt,
 *   3 reserved
 *
 * Schedule (at scheduleAt): 0 segment count n, then n − 1 break years, then n ln-rate slots.
 *
 * Uncertain break years (at breaksAt): 0 count m, then m pairs (plan index of a schedule's break-year field,
 * slot of its draw). The kernel copies each drawn year into its field after a sample's draws, so the schedule
 * fields always hold the sample's break years and the code reading them is the same for fixed and drawn ones.
 *
 * Gaussian copulas (at copulasAt): 0 group count g; per group: n, then n inputs of COPULA_INPUT_LENGTH fields
 * (0 slot, 1 distAt of the input's own distribution, 2 logSpace, 3 truncated, 4 domain min, 5 domain max,
 * 6 domain flags, 7 reserved), then the n×n Cholesky factor L, row-major. A correlated input's step is
 * encoded as a standard normal (DIST_NORMAL 0, 1, natural scale, not truncated): it leaves e in its slot, and
 * after all steps the kernel sets z = L·e and each slot to F⁻¹(Φ(z_i)) (model/correlate-inputs.ts).
 */
export const PLAN_FORMAT_VERSION = 4;
export const HEADER_LENGTH = 18;
export const COPULA_INPUT_LENGTH = 8;
export const STEP_LENGTH = 10;
export const DIST_LENGTH = 4;
export const DEMAND_LENGTH = 12;
export const STOCK_LENGTH = 4;

/** Header field indices used outside this file. */
export const H_SLOT_COUNT = 3;
export const H_STEP_COUNT = 4;
export const H_DEMAND_COUNT = 7;
export const H_STOCK_COUNT = 11;
export const H_BINS = 13;

export const STEP_DIST = 0;
export const STEP_ROW = 1;

export const DIST_FIXED = 0;
export const DIST_NORMAL = 1;
export const DIST_LOGNORMAL = 2;
export const DIST_UNIFORM = 3;
export const DIST_LOGUNIFORM = 4;
export const DIST_TRIANGULAR = 5;
export const DIST_MIXTURE = 6;

export const DEMAND_TREND = 0;
export const DEMAND_COMPUTE = 1;

/** Flattens a compiled plan into the kernel's Float64Array layout described above. */
export function encodePlan(plan: Plan): Float64Array {
  const out: number[] = new Array(HEADER_LENGTH).fill(0);
  const reserve = (length: number): number => {
    const at = out.length;
    for (let k = 0; k < length; k++) out.push(0);
    return at;
  };
  const stepsAt = reserve(plan.steps.length * STEP_LENGTH);
  const demandsAt = reserve(plan.demand.length * DEMAND_LENGTH);
  const stocksAt = reserve(plan.stocks.length * STOCK_LENGTH);

  plan.steps.forEach((step, k) => {
    const at = stepsAt + k * STEP_LENGTH;
    if (step.kind === 'dist') {
      const { domain } = step;
      const flags = (domain.minInclusive ? 1 : 0) | (domain.maxInclusive ? 2 : 0);
      if (step.copula) {
        const normalAt = encodeDist(out, { kind: 'normal', mean: 0, sd: 1 });
        out.splice(at, STEP_LENGTH, STEP_DIST, step.slot, 0, 0, normalAt, -Infinity, Infinity, 0, step.streamKey.hi, step.streamKey.lo);
      } else {
        const distAt = encodeDist(out, step.dist);
        out.splice(at, STEP_LENGTH, STEP_DIST, step.slot, step.logSpace ? 1 : 0, step.truncated ? 1 : 0, distAt, domain.min, domain.max, flags, step.streamKey.hi, step.streamKey.lo);
      }
    } else {
      const rowsAt = reserve(step.rows.length);
      for (let j = 0; j < step.rows.length; j++) out[rowsAt + j] = step.rows[j];
      out.splice(at, STEP_LENGTH, STEP_ROW, step.slot, step.width, step.rows.length / step.width, rowsAt, step.indexSlot, 0, 0, step.streamKey.hi, step.streamKey.lo);
    }
  });
  plan.demand.forEach((model, k) => {
    const at = demandsAt + k * DEMAND_LENGTH;
    const scheduleAt = encodeSchedule(out, model.growth);
    if (model.mode === 'trend') {
      out.splice(at, DEMAND_LENGTH, DEMAND_TREND, model.cumulativeWeight, model.lnTokens0Slot, scheduleAt, 0, 0, 0, 0, 0, 0, 0, 0);
    } else {
      out.splice(at, DEMAND_LENGTH, DEMAND_COMPUTE, model.cumulativeWeight, model.lnFlops0Slot, scheduleAt, ...model.lawSlots, model.lnOvertrainingSlot, 0, 0);
    }
  });
  plan.stocks.forEach((stock, k) => {
    const scheduleAt = encodeSchedule(out, stock.growth);
    out.splice(stocksAt + k * STOCK_LENGTH, STOCK_LENGTH, stock.lnTokens0Slot, stock.lnUsableFractionSlot, scheduleAt, 0);
  });
  // Uncertain break years: written after everything else so the schedules' offsets are known.
  const patches: number[] = [];
  const collect = (scheduleAt: number, schedule: PlanSchedule): void => {
    schedule.breakYearSlots.forEach((slot, k) => {
      if (slot >= 0) patches.push(scheduleAt + 1 + k, slot);
    });
  };
  plan.demand.forEach((_, k) => collect(out[demandsAt + k * DEMAND_LENGTH + 3], plan.demand[k].growth));
  plan.stocks.forEach((stock, k) => collect(out[stocksAt + k * STOCK_LENGTH + 2], stock.growth));
  const breaksAt = patches.length === 0 ? 0 : out.length;
  if (patches.length > 0) out.push(patches.length / 2, ...patches);
  let copulasAt = 0;
  if (plan.copulas) {
    const table: number[] = [plan.copulas.length];
    for (const copula of plan.copulas) {
      table.push(copula.steps.length);
      for (const k of copula.steps) {
        const step = plan.steps[k] as Extract<(typeof plan.steps)[number], { kind: 'dist' }>;
        const { domain } = step;
        const flags = (domain.minInclusive ? 1 : 0) | (domain.maxInclusive ? 2 : 0);
        table.push(step.slot, encodeDist(out, step.dist), step.logSpace ? 1 : 0, step.truncated ? 1 : 0, domain.min, domain.max, flags, 0);
      }
      table.push(...copula.cholesky);
    }
    copulasAt = out.length;
    out.push(...table);
  }
  const header = [
    PLAN_FORMAT_VERSION, plan.startYear, plan.horizonYear, plan.slotCount,
    plan.steps.length, stepsAt, plan.demandChoiceSlot, plan.demand.length,
    demandsAt, plan.maxEpochsSlot, plan.rStarSlot, plan.stocks.length,
    stocksAt, binCount(plan.startYear, plan.horizonYear), out.length, breaksAt,
    copulasAt, 0,
  ];
  out.splice(0, HEADER_LENGTH, ...header);
  return Float64Array.from(out);
}

/** Appends a distribution record (and a mixture's tables) and returns its offset. */
function encodeDist(out: number[], dist: CompiledDist): number {
  const at = out.length;
  out.push(...simpleFields(dist));
  if (dist.kind === 'mixture') {
    const n = dist.components.length;
    const cumulativeAt = out.length;
    out.push(...dist.cumulative);
    const componentsAt = out.length;
    for (const component of dist.components) out.push(...simpleFields(component));
    out.splice(at, DIST_LENGTH, DIST_MIXTURE, n, cumulativeAt, componentsAt);
  }
  return at;
}

function simpleFields(dist: CompiledDist): number[] {
  switch (dist.kind) {
    case 'fixed':
      return [DIST_FIXED, dist.value, 0, 0];
    case 'normal':
      return [DIST_NORMAL, dist.mean, dist.sd, 0];
    case 'lognormal':
      return [DIST_LOGNORMAL, dist.mu, dist.sigma, 0];
    case 'uniform':
      return [DIST_UNIFORM, dist.min, dist.max, 0];
    case 'loguniform':
      return [DIST_LOGUNIFORM, dist.lnMin, dist.lnMax, 0];
    case 'triangular':
      return [DIST_TRIANGULAR, dist.min, dist.mode, dist.max];
    case 'mixture':
      // Placeholder, overwritten by encodeDist; the schema keeps mixture components simple.
      return [DIST_MIXTURE, 0, 0, 0];
    default:
      return dist satisfies never;
  }
}

function encodeSchedule(out: number[], schedule: PlanSchedule): number {
  const at = out.length;
  // An uncertain break year's field is filled per sample (breaksAt); NaN would do, 0 keeps the array finite.
  out.push(schedule.lnRateSlots.length, ...schedule.breakYears.map((year) => (Number.isNaN(year) ? 0 : year)), ...schedule.lnRateSlots);
  return at;
}
