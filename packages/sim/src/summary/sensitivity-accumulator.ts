import type { Plan } from '../model/plan.js';
import { distQuantile } from '../distributions/dist-quantile.js';

/**
 * First-order sensitivity of each stock's exhaustion year to each uncertain input, in the same pass as the
 * sweep. Each input's range is cut into SENSITIVITY_BINS bins of equal probability (edges at its own
 * quantiles, known before the run); per (stock, input, bin) the accumulator keeps the count, the count of
 * "never", and Σq and Σq² of the year quantised as q = round((min(Y, horizon) − startYear) · 256). Then
 * S_i = Var(E[Y | bin of X_i]) / Var(Y), the binned estimate of the first-order (Sobol') index.
 *
 * Only the run's first SENSITIVITY_SAMPLES samples are added (as the fan chart records only its first
 * TRAJECTORY_SAMPLES paths): there the estimate's sampling error (about 0.001) is already that of the binning
 * itself (64 bins lose 0.39% of the explained variance of a normal input), and further samples would cost the
 * section's full price per sample for no better index.
 *
 * "Never" enters as the horizon year (the year is capped there) and P(never) per bin is reported too.
 *
 * Exact merging: q ≤ 500 · 256, so the sums of one block of ≤ 2^16 samples stay below 2^53 and are exact in
 * a double; `foldSensitivityBlock` then adds them into two-limb integers (hi · 2^32 + lo), which is exact and
 * associative. The totals are the same integers whatever the threads, shards or merge order.
 */
export const SENSITIVITY_BINS = 64;
/** The samples the section adds: samples [0, SENSITIVITY_SAMPLES) of the run, whatever its size. */
export const SENSITIVITY_SAMPLES = 262144;
/** Quantisation of the year: 1/256 year. */
export const SENSITIVITY_YEAR_SCALE = 256;
const TWO_POW_32 = 4294967296;

export interface SensitivityInput {
  /** JSON path of the input, e.g. `stocks[0].tokens0` or `demand` (the choice among demand models). */
  readonly path: string;
  /** Slot of the per-sample value vector holding it (for a scaling-law table, the row index). */
  readonly slot: number;
  /** SENSITIVITY_BINS − 1 increasing edges in the slot's space; empty for a fixed input (index 0). */
  readonly edges: readonly number[];
}

export interface SensitivityAccumulator {
  readonly inputs: readonly SensitivityInput[];
  readonly stocks: number;
  /** [(stock · inputs + input) · BINS + bin]: samples, and samples that never exhaust. */
  readonly count: Float64Array;
  readonly never: Float64Array;
  /** Two limbs per cell ([2k] = hi, [2k + 1] = lo) of Σq and Σq². */
  readonly sumQ: Float64Array;
  readonly sumQ2: Float64Array;
  /** Per stock, two limbs each: Σq and Σq² over all samples. */
  readonly totalQ: Float64Array;
  readonly totalQ2: Float64Array;
  /** Exact per-block partial sums, folded into the limbs at least every 2^16 samples. */
  readonly blockQ: Float64Array;
  readonly blockQ2: Float64Array;
  readonly blockTotalQ: Float64Array;
  readonly blockTotalQ2: Float64Array;
}

/** The inputs of a plan with their bin edges: every draw step, plus the demand-model choice. */
export function sensitivityInputs(plan: Plan): SensitivityInput[] {
  const inputs: SensitivityInput[] = [];
  for (const step of plan.steps) {
    if (step.kind === 'dist') {
      if (step.dist.kind === 'fixed') {
        inputs.push({ path: step.path, slot: step.slot, edges: [] });
        continue;
      }
      const edges: number[] = [];
      for (let k = 1; k < SENSITIVITY_BINS; k++) {
        const edge = distQuantile(step.dist, step.domain, k / SENSITIVITY_BINS);
        edges.push(step.logSpace ? Math.log(edge) : edge);
      }
      inputs.push({ path: step.path, slot: step.slot, edges });
    } else {
      const rows = step.rows.length / step.width;
      const edges = Array.from({ length: SENSITIVITY_BINS - 1 }, (_, k) => ((k + 1) * rows) / SENSITIVITY_BINS);
      inputs.push({ path: step.path, slot: step.indexSlot, edges });
    }
  }
  return inputs;
}

export function createSensitivityAccumulator(inputs: readonly SensitivityInput[], stocks: number): SensitivityAccumulator {
  const cells = stocks * inputs.length * SENSITIVITY_BINS;
  return {
    inputs,
    stocks,
    count: new Float64Array(cells),
    never: new Float64Array(cells),
    sumQ: new Float64Array(2 * cells),
    sumQ2: new Float64Array(2 * cells),
    totalQ: new Float64Array(2 * stocks),
    totalQ2: new Float64Array(2 * stocks),
    blockQ: new Float64Array(cells),
    blockQ2: new Float64Array(cells),
    blockTotalQ: new Float64Array(stocks),
    blockTotalQ2: new Float64Array(stocks),
  };
}

/** The bin of `value` among `edges`: the number of edges at or below it. */
export function sensitivityBin(edges: readonly number[], value: number): number {
  let low = 0;
  let high = edges.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (edges[mid] <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Adds one sample: `values` is its slot vector, `years` its exhaustion year per stock. */
export function addSensitivitySample(acc: SensitivityAccumulator, values: ArrayLike<number>, years: ArrayLike<number>, startYear: number, horizonYear: number): void {
  const { inputs } = acc;
  for (let s = 0; s < acc.stocks; s++) {
    const q = quantisedYear(years[s], startYear, horizonYear);
    acc.blockTotalQ[s] += q;
    acc.blockTotalQ2[s] += q * q;
  }
  // Inputs outside, stocks inside: an input's bin is the same for every stock, so it is found once.
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i];
    if (input.edges.length === 0) continue;
    const bin = sensitivityBin(input.edges, values[input.slot]);
    for (let s = 0; s < acc.stocks; s++) {
      const q = quantisedYear(years[s], startYear, horizonYear);
      const cell = (s * inputs.length + i) * SENSITIVITY_BINS + bin;
      acc.count[cell]++;
      acc.never[cell] += years[s] === Infinity ? 1 : 0;
      acc.blockQ[cell] += q;
      acc.blockQ2[cell] += q * q;
    }
  }
}

/** The year as an integer count of 1/256 year after startYear, "never" capped at the horizon. */
function quantisedYear(year: number, startYear: number, horizonYear: number): number {
  return Math.round((Math.min(year, horizonYear) - startYear) * SENSITIVITY_YEAR_SCALE);
}

/** The samples of [first, end) the section adds: those below SENSITIVITY_SAMPLES. */
export function sensitivitySampleCount(first: number, end: number): number {
  return Math.max(0, Math.min(end, SENSITIVITY_SAMPLES) - Math.min(first, SENSITIVITY_SAMPLES));
}

/** Moves the exact per-block sums into the two-limb totals. Call at least every 2^16 samples. */
export function foldSensitivityBlock(acc: SensitivityAccumulator): void {
  foldInto(acc.sumQ, acc.blockQ);
  foldInto(acc.sumQ2, acc.blockQ2);
  foldInto(acc.totalQ, acc.blockTotalQ);
  foldInto(acc.totalQ2, acc.blockTotalQ2);
}

function foldInto(limbs: Float64Array, partial: Float64Array): void {
  for (let k = 0; k < partial.length; k++) {
    if (partial[k] === 0) continue;
    addToLimbs(limbs, k, partial[k]);
    partial[k] = 0;
  }
}

/** limbs[2k]·2^32 + limbs[2k+1] += value (an integer below 2^53), keeping 0 ≤ lo < 2^32. */
function addToLimbs(limbs: Float64Array, k: number, value: number): void {
  const lo = limbs[2 * k + 1] + value;
  const carry = Math.floor(lo / TWO_POW_32);
  limbs[2 * k] += carry;
  limbs[2 * k + 1] = lo - carry * TWO_POW_32;
}

export function mergeSensitivity(target: SensitivityAccumulator, source: SensitivityAccumulator): void {
  foldSensitivityBlock(source);
  foldSensitivityBlock(target);
  for (let k = 0; k < source.count.length; k++) {
    target.count[k] += source.count[k];
    target.never[k] += source.never[k];
  }
  for (const [into, from] of [[target.sumQ, source.sumQ], [target.sumQ2, source.sumQ2], [target.totalQ, source.totalQ], [target.totalQ2, source.totalQ2]] as const) {
    for (let k = 0; k < from.length / 2; k++) {
      addToLimbs(into, k, from[2 * k + 1]);
      into[2 * k] += from[2 * k];
    }
  }
}

/** The value of a two-limb integer as a double. */
export function limbValue(limbs: Float64Array, k: number): number {
  return limbs[2 * k] * TWO_POW_32 + limbs[2 * k + 1];
}
