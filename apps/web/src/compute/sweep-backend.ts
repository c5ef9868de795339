import type { Scenario, SweepSummary, WasmModule } from '@horizon/sim';

/** One sweep to run: a validated scenario, its seed and the number of samples (docs/output.md flags). */
export interface SweepRequest {
  readonly scenario: Scenario;
  readonly seed: number;
  readonly samples: number;
  /**
   * Optional summary sections: the fan chart's trajectories (`--trajectories`, computed beside the run by
   * trajectory-service.ts: a backend's summaries carry no paths), sensitivity (`--explain`).
   */
  readonly sections: SweepSections;
}

export interface SweepSections {
  readonly trajectories: boolean;
  readonly sensitivity: boolean;
}

/**
 * A partial or final answer. `summary` covers `summary.samples` of the requested samples (any subset of
 * blocks: every block is an unbiased run of its own); when `final` is true it covers all of [0, samples) and
 * is the exact summary the CLI computes for the same request.
 */
export interface SweepProgress {
  readonly summary: SweepSummary;
  readonly final: boolean;
}

export interface SweepRun {
  /** Stops handing out blocks; results still in flight are dropped. Idempotent. */
  cancel(): void;
  /** The final summary, or null when cancelled. Rejects on a fault of the program. */
  readonly finished: Promise<SweepSummary | null>;
}

/**
 * Where sweeps are computed. The app holds one backend and never knows how it spreads the work: today a pool
 * of Web Workers running an `Engine` block by block (worker-pool-backend.ts); the shared pool of
 * packages/sim/src/workers can take its place behind this interface.
 */
export interface SweepBackend {
  /** Workers in use. */
  readonly workerCount: number;
  /** The engine runs get: the WebAssembly kernel, or the reference when the kernel could not be loaded. */
  readonly engine: 'kernel' | 'reference';
  /** The compiled kernel the runs use, if any; the trajectory worker computes `--explain`'s event indices with it. */
  readonly kernel?: WasmModule;
  /** Starts a sweep, calling `onProgress` after each merge of workers' counts. The caller cancels the previous run. */
  run(request: SweepRequest, onProgress: (progress: SweepProgress) => void): SweepRun;
  /** Ends the workers. */
  dispose(): void;
}
