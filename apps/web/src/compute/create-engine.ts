import { ReferenceEngine, type Engine, type Plan } from '@horizon/sim';

/**
 * The engine a worker runs. This is the one line to change when packages/sim exports the WebAssembly
 * kernel's engine: both implement `Engine` and agree sample by sample on the same seed.
 */
export function createEngine(plan: Plan, seed: number): Engine {
  return new ReferenceEngine(plan, seed);
}
