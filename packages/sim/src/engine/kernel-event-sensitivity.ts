import type { Plan } from '../model/plan.js';
import { addPickFreezeBlock, pickFreezeResult, pickFreezeSums } from '../summary/pick-freeze.js';
import { designInputs } from './design-inputs.js';
import { B_OFFSET, EVENT_SENSITIVITY_SAMPLES, lowerMedianYears, stockEvents, type StockEventSensitivity } from './event-sensitivity.js';
import { KernelEngine } from './kernel-engine.js';
import { BLOCK_LANES } from './kernel-memory.js';
import type { WasmModule } from './wasm-api.js';

/**
 * `eventSensitivity` (./event-sensitivity.ts, the specification) with the model's years computed by the
 * WebAssembly kernel: the kernel draws each block of A and B samples and computes the years of A, B and A with
 * each design input taken from B (KernelEngine.designYears); the indicators, T and the pick-freeze sums are
 * the reference's (addPickFreezeBlock: the same sums, block by block). Every sum is an exact integer, so the
 * result has the reference's bytes whenever the two engines put each year on the same side of T (their years
 * differ by an ulp or two at most, kernel-bits.test.ts).
 */
export function kernelEventSensitivity(module: WasmModule, plan: Plan, seed: number, samples = EVENT_SENSITIVITY_SAMPLES, byYears?: readonly number[]): StockEventSensitivity[] {
  const inputs = designInputs(plan);
  const stocks = plan.stocks.length;
  const engine = new KernelEngine(module, plan, seed, { design: inputs, yearsCapacity: BLOCK_LANES });
  const by = byYears ? Array.from(byYears) : lowerMedianYears(plan, samples, engine.sampleYears(0, samples));
  const sums = pickFreezeSums(inputs.length, stocks);
  // The indicators 1{Y ≤ T}, laid out as the design's years: design d, stock s, sample j at [(d · stocks + s) · BLOCK_LANES + j].
  const f = new Float64Array((2 + inputs.length) * stocks * BLOCK_LANES);
  for (let first = 0; first < samples; first += BLOCK_LANES) {
    const n = Math.min(BLOCK_LANES, samples - first);
    const years = engine.designYears(first, B_OFFSET + first, n);
    for (let row = 0; row < f.length; row += BLOCK_LANES) {
      const byYear = by[(row / BLOCK_LANES) % stocks];
      for (let j = 0; j < n; j++) f[row + j] = years[row + j] <= byYear ? 1 : 0;
    }
    addPickFreezeBlock(sums, f, n, BLOCK_LANES);
  }
  return stockEvents(by, pickFreezeResult(sums));
}
