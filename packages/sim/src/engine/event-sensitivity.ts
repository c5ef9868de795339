import type { Plan } from '../model/plan.js';
import { SampleStream } from '../random/splitmix64.js';
import { drawInputs, ReferenceEngine } from './reference-engine.js';
import { pickFreeze, type PickFreezeResult, type SobolIndices } from '../summary/pick-freeze.js';
import { designInputs } from './design-inputs.js';

/**
 * Sensitivity of the event "stock exhausted by year T" (f = 1{Y ≤ T}) to each input: first-order and total
 * Sobol' indices by pick-freeze (./pick-freeze.ts) on a sub-sample of its own.
 *
 * Why the event and not the year: a sample that never exhausts the stock has no year, and any number standing
 * in for it (the horizon) makes variance-based indices of the year depend on the horizon. 1{Y ≤ T} is the
 * same for every horizon at or after T. T defaults per stock to the median year of the A sub-sample, to 0.01
 * year (the horizon when that median is "never", and then the event is "exhausted by the horizon").
 *
 * A_j is sample j's inputs, B_j sample B_OFFSET + j's, drawn by the reference engine's `drawInputs`. The
 * indicator is 0 or 1, so every sum is an exact integer, and the result depends on (plan, seed, N) alone: the
 * same whatever the threads or shards of the main run, and recomputed identically by `horizon merge`.
 */
export const EVENT_SENSITIVITY_SAMPLES = 8192;
/** Sample index of B_0: far above any main run's samples (at most 2^44 exist), so B never repeats an A. */
export const B_OFFSET = 2 ** 43;

export interface StockEventSensitivity {
  /** The year T of the event Y ≤ T. */
  readonly byYear: number;
  /** P(Y ≤ T) over the A and B samples. */
  readonly pExhausted: number;
  /** Per input of `designInputs(plan)`, in that order. */
  readonly indices: SobolIndices[];
}

/** Per stock, the event's first-order and total indices; `byYears` sets T per stock. */
export function eventSensitivity(plan: Plan, seed: number, samples = EVENT_SENSITIVITY_SAMPLES, byYears?: readonly number[]): StockEventSensitivity[] {
  const engine = new ReferenceEngine(plan, seed);
  const stream = new SampleStream(seed);
  const inputs = designInputs(plan);
  const stocks = plan.stocks.length;
  const years = new Float64Array(stocks);
  const x = new Float64Array(plan.slotCount);
  let by: number[];
  if (byYears) {
    by = Array.from(byYears);
  } else {
    const aYears = new Float64Array(samples * stocks);
    for (let j = 0; j < samples; j++) {
      drawInputs(plan, stream, j, x);
      engine.yearsOfValues(x, years);
      aYears.set(years, j * stocks);
    }
    by = lowerMedianYears(plan, samples, aYears);
  }
  const result = pickFreeze(
    {
      inputs: inputs.length,
      outputs: stocks,
      width: plan.slotCount,
      sampleA: (j, x) => drawInputs(plan, stream, j, x),
      sampleB: (j, x) => drawInputs(plan, stream, B_OFFSET + j, x),
      swap: (target, from, i) => {
        for (const slot of inputs[i].slots) target[slot] = from[slot];
      },
      evaluate: (x, out) => {
        engine.yearsOfValues(x, years);
        for (let s = 0; s < stocks; s++) out[s] = years[s] <= by[s] ? 1 : 0;
      },
    },
    samples,
  );
  return stockEvents(by, result);
}

/** Per stock, T and the indices of the event Y ≤ T, from the design's result. */
export function stockEvents(byYears: readonly number[], result: PickFreezeResult): StockEventSensitivity[] {
  return byYears.map((byYear, s) => ({ byYear, pExhausted: result.mean[s], indices: result.indices[s] }));
}

/** Per stock, the lower median of the A sub-sample's years (never → the horizon), to 0.01 year; `aYears[j · stocks + s]`. */
export function lowerMedianYears(plan: Plan, samples: number, aYears: Float64Array): number[] {
  const stocks = plan.stocks.length;
  return plan.stocks.map((_, s) => {
    const column = new Float64Array(samples);
    for (let j = 0; j < samples; j++) column[j] = Math.min(aYears[j * stocks + s], plan.horizonYear);
    return Math.round(column.sort()[(samples - 1) >> 1] * 100) / 100;
  });
}
