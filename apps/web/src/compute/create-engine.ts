import { KernelEngine, ReferenceEngine, type Engine, type Plan, type SummarySections, type WasmModule } from '@horizon/sim';

/**
 * The engine a worker runs: the WebAssembly kernel when the page has compiled it, else the TypeScript
 * reference. Both implement `Engine`, fill the same summary sections and agree sample by sample on the same
 * seed, so the counts, and the result JSON, do not depend on the choice.
 */
export function createEngine(plan: Plan, seed: number, sections: SummarySections, kernel: WasmModule | undefined): Engine {
  return kernel !== undefined ? new KernelEngine(kernel, plan, seed, { sections }) : new ReferenceEngine(plan, seed);
}
