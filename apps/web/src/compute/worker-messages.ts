import type { Scenario, SweepSummary, WasmModule } from '@horizon/sim';
import type { SweepSections } from './sweep-backend.js';

/** Main thread → worker: run samples [first, first + count) of run `runId`. */
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
}

/** Worker → main thread: the block's own summary (merged on the main thread), or a fault. */
export type WorkerReply =
  | { readonly type: 'block'; readonly runId: number; readonly preview: boolean; readonly summary: SweepSummary }
  | { readonly type: 'fault'; readonly runId: number; readonly message: string };
