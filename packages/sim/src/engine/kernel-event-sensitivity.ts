import type { Plan } from '../model/plan.js';
import { addPickFreezeSample, pickFreezeResult, pickFreezeSums } from '../summary/pick-freeze.js';
import { designInputs } from './design-inputs.js';
import { B_OFFSET, EVENT_SENSITIVITY_SAMPLES, lowerMedianYears, stockEvents, type StockEventSensitivity } from './event-sensitivity.js';
import { KernelEngine } from './kernel-engine.js';
import { BLOCK_LANES } from './kernel-memory.js';
import type { WasmModule } from './wasm-api.js';

/**
 * `eventSensitivity` (./event-sensitivity.ts, the specification) with the model's years computed by the
 * WebAssembly kernel: the kernel draws each block of A and B samples and computes the years of A, B and A with
 * each design input taken from B (KernelEngine.designYears); the indicators, T and the pick-freeze sums are
 * the reference's, in the same order. Every sum is an exact integer, so the result has the reference's bytes
 * whenever the two engines put each year on the same side of T (their years differ by an ulp or two at most,
 * kernel-bits.test.ts).
 */
export function kernelEventSensitivity(module: WasmModule, plan: Plan, seed: number, samples = EVENT_SENSITIVITY_SAMPLES, byYears?: readonly number[]): StockEventSensitivity[] {
  const inputs = designInputs(plan);
  const stocks = plan.stocks.length;
  const engine = new KernelEngine(module, plan, seed, { design: inputs, yearsCapacity: BLOCK_LANES });
  let by: number[];
  if (byYears) {
    by = Array.from(byYears);
  } else {
    const aYears = engine.sampleYears(0, samples);
    by = lowerMedianYears(plan, samples, (j, out) => out.set(aYears.subarray(j * stocks, (j + 1) * stocks)));
  }
  const sums = pickFreezeSums(inputs.length, stocks);
  const fA = new Float64Array(stocks);
  const fB = new Float64Array(stocks);
  const fAB = new Float64Array(inputs.length * stocks);
  for (let first = 0; first < samples; first += BLOCK_LANES) {
    const n = Math.min(BLOCK_LANES, samples - first);
    // Design d, stock s, sample j at [(d · stocks + s) · BLOCK_LANES + j].
    const years = engine.designYears(first, B_OFFSET + first, n);
    for (let j = 0; j < n; j++) {
      for (let s = 0; s < stocks; s++) {
        fA[s] = years[s * BLOCK_LANES + j] <= by[s] ? 1 : 0;
        fB[s] = years[(stocks + s) * BLOCK_LANES + j] <= by[s] ? 1 : 0;
        for (let i = 0; i < inputs.length; i++) fAB[i * stocks + s] = years[((2 + i) * stocks + s) * BLOCK_LANES + j] <= by[s] ? 1 : 0;
      }
      addPickFreezeSample(sums, fA, fB, fAB);
    }
  }
  return stockEvents(by, pickFreezeResult(sums));
}
