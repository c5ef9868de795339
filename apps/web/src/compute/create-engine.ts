import { KernelEngine, ReferenceEngine, type Engine, type Plan, type SummarySections, type WasmModule } from '@horizon/sim';

/**
 * The engine a worker runs: the WebAssembly kernel when the page has compiled it and the run asks for no
 * optional summary sections (the kernel fills only the exhaustion-year counts so far), else the TypeScript
 * reference. Both implement `Engine` and agree sample by sample on the same seed, so the counts, and the
 * result JSON, do not depend on the choice. When the kernel fills trajectories and sensitivity too, drop the
 * `sections` condition here.
 */
export function createEngine(plan: Plan, seed: number, sections: SummarySections, kernel: WasmModule | undefined): Engine {
  const wantsSections = sections.trajectories === true || sections.sensitivityInputs !== undefined;
  if (kernel !== undefined && !wantsSections) return new KernelEngine(kernel, plan, seed);
  return new ReferenceEngine(plan, seed);
}

/** Which engine `createEngine` picks, for the page's status line. */
export function engineName(sections: { trajectories: boolean; sensitivity: boolean }, kernelLoaded: boolean): 'kernel' | 'reference' {
  return kernelLoaded && !sections.trajectories && !sections.sensitivity ? 'kernel' : 'reference';
}
