import type { Scenario, SweepSummary, WasmModule } from '@horizon/sim';
import type { SlotOverride } from '@horizon/sim/internal';

/*
 * Why the page has a worker protocol of its own rather than packages/sim's pool (workerpool, `runPooledSweep`,
 * which the CLI uses). Both run the same engines on blocks of samples (sim's `runSweepTask`; the page's engine
 * worker adds its blocks straight into the summary it holds), and counts add up exactly over any split, so
 * their numbers are the same bytes; what differs is the conversation around it, and the page needs three things
 * the pool does not give:
 * - partial answers several times a second while blocks keep going: a worker holds the counts of its blocks and
 *   sends them only when asked (`flush`), where a pool task returns one summary per task and the pool merges
 *   them in task order once each is done;
 * - a preview block without the optional sections, so the first chart appears before the sections are set up;
 * - cancelling on every keystroke without killing workers: a block of a new run simply replaces the old run's
 *   state, where the pool cancels by terminating its workers (and the next run would start new ones and
 *   compile their engines again).
 * The what-if card batches a coarse pass into one message per worker (`points`) for the same reason.
 */

/**
 * Main thread → worker: run samples [first, first + count) of run `runId` and add them to the worker's own
 * summary of the run; or send that summary now (`flush`).
 */
export type WorkerRequest = BlockRequest | FlushRequest | PointsRequest;

export interface BlockRequest {
  readonly type: 'block';
  readonly runId: number;
  /**
   * What every block of the run shares, sent with a worker's first block of the run only (the worker keeps it
   * for the rest): cloning the scenario and the module into each of a run's 20-odd messages cost the page about
   * 10 ms of main thread a run.
   */
  readonly run?: RunContext;
  readonly first: number;
  readonly count: number;
  /** A preview block: run without the optional sections, for a first answer while the sections set up. */
  readonly preview: boolean;
  /** Send the worker's summary of the run (this block included) with the reply, and start a new one. */
  readonly flush: boolean;
}

/** What all blocks of a run share. */
export interface RunContext {
  readonly scenario: Scenario;
  readonly seed: number;
  /** Whether the blocks carry the sensitivity section (`--explain`); the fan chart's paths are recorded elsewhere. */
  readonly sensitivity: boolean;
  /** The compiled WebAssembly kernel, when the page has it (structured clone shares the compiled code). */
  readonly kernel: WasmModule | undefined;
}

/**
 * Main thread → worker: run several what-if blocks in one message, each with its point's overrides, and send
 * back each block's summary (in order). The what-if card's coarse pass goes out this way, one message per
 * worker, so its first curve costs one round trip rather than one per point.
 */
export interface PointsRequest {
  readonly type: 'points';
  readonly runId: number;
  readonly scenario: Scenario;
  readonly seed: number;
  readonly kernel: WasmModule | undefined;
  readonly blocks: ReadonlyArray<{ readonly first: number; readonly count: number; readonly overrides: readonly SlotOverride[] }>;
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
  | FaultReply;

/** Worker → main thread, for a points request: one summary per block, in order. Or a fault. */
export type PointsReply = { readonly type: 'points'; readonly runId: number; readonly summaries: readonly SweepSummary[] } | FaultReply;

export interface FaultReply {
  readonly type: 'fault';
  readonly runId: number;
  readonly message: string;
}
