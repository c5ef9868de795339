import type { Plan } from '../model/plan.js';
import { designInputs } from '../engine/design-inputs.js';
import { eventSensitivity } from '../engine/event-sensitivity.js';
import { kernelEventSensitivity } from '../engine/kernel-event-sensitivity.js';
import type { WasmModule } from '../engine/wasm-api.js';
import type { EventSensitivityResult } from './sensitivity-result.js';

/**
 * `--explain`'s horizon-free event indices of (plan, seed), with the input paths they follow: computed by the
 * WebAssembly kernel when `module` is given (engine/kernel-event-sensitivity.ts), else by the reference
 * engine (engine/event-sensitivity.ts, the specification, and the fall-back without WebAssembly).
 */
export function eventIndices(plan: Plan, seed: number, module?: WasmModule): EventSensitivityResult {
  return {
    paths: designInputs(plan).map((input) => input.path),
    stocks: module ? kernelEventSensitivity(module, plan, seed) : eventSensitivity(plan, seed),
  };
}
