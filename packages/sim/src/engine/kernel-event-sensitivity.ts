import type { Plan } from '../model/plan.js';
import { pickFreezeResult } from '../summary/pick-freeze.js';
import { designInputs } from './design-inputs.js';
import { B_OFFSET, EVENT_SENSITIVITY_SAMPLES, lowerMedianYears, stockEvents, type StockEventSensitivity } from './event-sensitivity.js';
import { KernelEngine } from './kernel-engine.js';
import { BLOCK_LANES } from './kernel-memory.js';
import type { WasmModule } from './wasm-api.js';

/**
 * `eventSensitivity` (./event-sensitivity.ts, the specification) with the model's years computed by the
 * WebAssembly kernel: the kernel draws each block of A and B samples, computes the years of A, B and A with
 * each design input taken from B, and adds the indicators 1{Y ≤ T} of the block into the pick-freeze sums
 * (KernelEngine.designEventSums: addPickFreezeBlock's sums, term for term); T and the indices from the sums
 * are the reference's. Every sum is an exact integer, so the result has the reference's bytes whenever the
 * two engines put each year on the same side of T (their years differ by an ulp or two at most,
 * kernel-bits.test.ts).
 */
export function kernelEventSensitivity(module: WasmModule, plan: Plan, seed: number, samples = EVENT_SENSITIVITY_SAMPLES, byYears?: readonly number[]): StockEventSensitivity[] {
  const engine = new KernelEngine(module, plan, seed, { design: designInputs(plan), yearsCapacity: BLOCK_LANES });
  const by = byYears ? Array.from(byYears) : lowerMedianYears(plan, samples, engine.sampleYears(0, samples));
  return stockEvents(by, pickFreezeResult(engine.designEventSums(0, B_OFFSET, samples, by)));
}
