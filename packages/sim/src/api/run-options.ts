import { MAX_SAMPLE_INDEX } from '../random/splitmix64.js';
import type { Plan } from '../model/plan.js';
import type { Engine } from '../engine/engine.js';
import { KernelEngine } from '../engine/kernel-engine.js';
import { ReferenceEngine } from '../engine/reference-engine.js';
import type { WasmModule } from '../engine/wasm-api.js';
import type { CompileOptions } from '../model/compile-plan.js';
import { inputError } from '../errors/error-catalogue.js';

/** How `sweepScenario` and `varyScenario` run: the `horizon sweep` flags of the same names. */
export interface RunOptions {
  /** Samples to draw: a whole number from 1 to 2^44. Default 1,000,000, as `horizon sweep`. */
  readonly samples?: number;
  /** Seed of the random stream: a whole number from 0 to 2^53 − 1. Default 42, as `horizon sweep`. */
  readonly seed?: number;
  /**
   * The compiled WebAssembly kernel: `compileWasmModule` of the bytes at `kernelWasmUrl` from
   * `@horizon/core-wasm`. With it the run takes the CLI's engine and gives the CLI's bytes; without it the
   * TypeScript reference engine runs (no WebAssembly needed, about 10 times slower, and a year may differ
   * in its last bit from the kernel's for a few samples in a million, which can move a printed quantile
   * by 0.01).
   */
  readonly kernel?: WasmModule;
  /**
   * How the scenario's `"samples": FILE` draws are read (the CLI reads them from disk); needed only by
   * scenarios that name such files.
   */
  readonly files?: CompileOptions;
}

/** The run's sample count and seed, checked, with the CLI's defaults. */
export function checkedRun(options: RunOptions): { samples: number; seed: number } {
  const samples = options.samples ?? 1_000_000;
  const seed = options.seed ?? 42;
  if (!Number.isSafeInteger(samples) || samples < 1 || samples > MAX_SAMPLE_INDEX) throw inputError('wholeNumberOutOfRange', 'samples', 1, MAX_SAMPLE_INDEX, samples);
  if (!Number.isSafeInteger(seed) || seed < 0) throw inputError('wholeNumberOutOfRange', 'seed', 0, Number.MAX_SAFE_INTEGER, seed);
  return { samples, seed };
}

/** The kernel engine when a kernel is given, else the reference engine. */
export function engineFor(plan: Plan, seed: number, kernel: WasmModule | undefined): Engine {
  return kernel ? new KernelEngine(kernel, plan, seed) : new ReferenceEngine(plan, seed);
}
