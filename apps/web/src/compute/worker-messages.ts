import type { Scenario, SlotOverride, SweepSummary, WasmModule } from '@horizon/sim';
import type { SweepSections } from './sweep-backend.js';

/**
 * Main thread → worker: run samples [first, first + count) of run `runId` and add them to the worker's own
 * summary of the run; or send that summary now (`flush`).
 */
export type WorkerRequest = BlockRequest | FlushRequest;

export interface BlockRequest {
  readonly type: 'block';
  readonly runId: number;
  readonly scenario: Scenario;
  readonly seed: number;
  readonly sections: SweepSections;
  /** The compiled WebAssembly kernel, when the page has it (structured clone shares the compiled code). */
  readonly kernel: WasmModule | undefined;
  readonly first: number;
  readonly count: number;
  /** A preview block: run without the optional sections, for a first answer while the sections set up. */
  readonly preview: boolean;
  /** Send the worker's summary of the run (this block included) with the reply, and start a new one. */
  readonly flush: boolean;
  /** A what-if point's overrides (sim's varyGrid); none: the scenario as written. */
  readonly overrides?: readonly SlotOverride[];
}

/** Main thread → worker: send the worker's summary of run `runId` (the blocks since its last one). */
export interface FlushRequest {
  readonly type: 'flush';
  readonly runId: number;
}

/**
 * Worker → main thread, once per request: `summary` holds the counts of the run's blocks since the worker last
 * sent some (merged on the main thread), or is undefined when the worker keeps them (a block without flush, or
 * a flush with nothing held); a preview block always comes back with its own summary. Or a fault.
 */
export type WorkerReply =
  | { readonly type: 'block'; readonly runId: number; readonly preview: boolean; readonly summary: SweepSummary | undefined }
  | { readonly type: 'fault'; readonly runId: number; readonly message: string };
