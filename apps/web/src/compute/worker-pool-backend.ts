import { mergeSummary, type SweepSummary, type WasmModule } from '@horizon/sim';
import { blockSchedule, CHUNK, KERNEL_CHUNK, withPreview, type Block } from './block-schedule.js';
import type { SweepBackend, SweepProgress, SweepRequest, SweepRun } from './sweep-backend.js';
import type { BlockRequest, FlushRequest, WorkerReply } from './worker-messages.js';

/**
 * How often a worker sends the counts it holds while a run goes on: the page draws partial answers at most every
 * 200 ms, so sending more often would only move and merge summaries (about 1 MB with the fan chart) for nothing.
 */
export const FLUSH_INTERVAL_MS = 200;

/** Most workers the app starts, whatever the machine reports: more only adds memory and start-up time. */
export const MAX_WORKERS = 16;

/**
 * Requests of a run in each worker's inbox at most: the block it computes and the next, so it goes on while the
 * page's thread is busy (a draw, a frame: 10-40 ms, far more on a loaded machine) instead of waiting to be handed
 * its next block. A worker drops the blocks of a run that a newer one replaced (engine-worker.ts), so a cancel
 * still frees it within the block it is computing. Until the run's first reply (the preview, the first chart) a
 * worker gets one block at a time: a second one each then only took the cores from the page's first draw.
 */
export const BLOCKS_IN_FLIGHT = 2;

/** The number of workers for this machine: navigator.hardwareConcurrency, within [1, MAX_WORKERS]. */
export function defaultWorkerCount(): number {
  const cores = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency || 1;
  return Math.max(1, Math.min(MAX_WORKERS, cores));
}

interface ActiveRun {
  readonly id: number;
  readonly request: SweepRequest;
  /** Fixed for the whole run, so every block runs on the same engine. */
  readonly kernel: WasmModule | undefined;
  readonly blocks: Block[];
  next: number;
  outstanding: number;
  /** Whether a reply of the run came back: until then a worker gets one block at a time (see BLOCKS_IN_FLIGHT). */
  answered: boolean;
  summary: SweepSummary | undefined;
  /** Workers holding counts of this run that they have not sent yet (or will, for requests in their inbox). */
  readonly held: Set<Worker>;
  /** When the run started (performance.now()). */
  readonly started: number;
  /** When each worker was last asked to send its counts (performance.now()). */
  readonly lastFlush: Map<Worker, number>;
  readonly onProgress: (progress: SweepProgress) => void;
  readonly resolve: (summary: SweepSummary | null) => void;
  readonly reject: (error: Error) => void;
}

/**
 * A pool of Web Workers, each running an Engine (engine-worker.ts). Blocks are handed out a few at a time
 * (BLOCKS_IN_FLIGHT) to whichever worker has the fewest of the run's requests in its inbox, so fast and slow
 * workers share the work and a cancelled run stops within one block. Each worker adds its blocks of a run into
 * a summary of its own and sends it when a block asks for it:
 * the run's first block (the first answer), a block at least FLUSH_INTERVAL_MS after the worker last sent (or
 * the run started: partial answers), the last block, and a flush request to every worker still holding counts
 * once all blocks are handed out. A run's summary is the sum of its blocks' counts, which is exact and
 * order-free (sweep-summary.ts); a worker drops what it holds of a run when it gets a block of another one.
 */
export class WorkerPoolBackend implements SweepBackend {
  private readonly workers: Worker[];
  /** Per worker, the run of each request in its inbox, oldest first (each gets one reply, in order). */
  private readonly inbox = new Map<Worker, number[]>();
  private active: ActiveRun | undefined;
  private nextRunId = 1;
  /** The run each worker last got a block of (and so holds the scenario of). */
  private readonly runOf = new Map<Worker, number>();

  /** The compiled kernel once loaded; runs started before then use the reference engine. */
  kernel: WasmModule | undefined;

  constructor(readonly workerCount: number, makeWorker: () => Worker) {
    this.workers = Array.from({ length: workerCount }, makeWorker);
    for (const worker of this.workers) {
      this.inbox.set(worker, []);
      worker.onmessage = (event: MessageEvent<WorkerReply>) => this.onReply(worker, event.data);
      worker.onerror = (event) => this.fail(new Error(`worker failed: ${event.message}`));
    }
  }

  get engine(): 'kernel' | 'reference' {
    return this.kernel !== undefined ? 'kernel' : 'reference';
  }

  run(request: SweepRequest, onProgress: (progress: SweepProgress) => void): SweepRun {
    this.cancelActive();
    const id = this.nextRunId++;
    let resolve!: (summary: SweepSummary | null) => void;
    let reject!: (error: Error) => void;
    const finished = new Promise<SweepSummary | null>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    const run: ActiveRun = { id, request, kernel: this.kernel, blocks: withPreview(blockSchedule(request.samples, this.kernel !== undefined ? KERNEL_CHUNK : CHUNK), request.sections.sensitivity), next: 0, outstanding: 0, answered: false, summary: undefined, held: new Set(), started: performance.now(), lastFlush: new Map(), onProgress, resolve, reject };
    this.active = run;
    this.dispatch();
    return {
      finished,
      cancel: () => {
        if (this.active === run) this.cancelActive();
      },
    };
  }

  dispose(): void {
    this.cancelActive();
    for (const worker of this.workers) worker.terminate();
  }

  private cancelActive(): void {
    const run = this.active;
    if (!run) return;
    this.active = undefined;
    run.resolve(null);
  }

  /** The run's requests in a worker's inbox (another run's are dropped there, a block's time at most). */
  private queued(worker: Worker, run: ActiveRun): number {
    return (this.inbox.get(worker) as number[]).filter((id) => id === run.id).length;
  }

  /** The worker with the fewest of the run's requests in its inbox, if one has room (of equals, the last). */
  private freest(run: ActiveRun, among: readonly Worker[] = this.workers): Worker | undefined {
    let best: Worker | undefined;
    const depth = run.answered ? BLOCKS_IN_FLIGHT : 1;
    for (const worker of among) if (this.queued(worker, run) < depth && (!best || this.queued(worker, run) <= this.queued(best, run))) best = worker;
    return best;
  }

  private post(worker: Worker, run: ActiveRun, message: BlockRequest | FlushRequest): void {
    (this.inbox.get(worker) as number[]).push(run.id);
    run.outstanding++;
    worker.postMessage(message);
  }

  private dispatch(): void {
    const run = this.active;
    while (run) {
      if (run.next < run.blocks.length) {
        const worker = this.freest(run);
        if (!worker) return;
        const { first, count, preview } = run.blocks[run.next++];
        const now = performance.now();
        const flush = !preview && (first === 0 || run.next === run.blocks.length || now - (run.lastFlush.get(worker) ?? run.started) >= FLUSH_INTERVAL_MS);
        if (flush) {
          run.lastFlush.set(worker, now);
          run.held.delete(worker);
        } else if (!preview) run.held.add(worker);
        const { scenario, seed, sections } = run.request;
        // The run's scenario and kernel go with the worker's first block of the run only.
        const context = this.runOf.get(worker) === run.id ? undefined : { scenario, seed, sensitivity: sections.sensitivity, kernel: run.kernel };
        this.runOf.set(worker, run.id);
        this.post(worker, run, { type: 'block', runId: run.id, run: context, first, count, preview, flush });
      } else {
        // Every block is handed out: collect the counts the workers still hold (behind the blocks in their inbox).
        const worker = this.freest(run, [...run.held]);
        if (!worker) return;
        run.held.delete(worker);
        this.post(worker, run, { type: 'flush', runId: run.id });
      }
    }
  }

  private onReply(worker: Worker, reply: WorkerReply): void {
    (this.inbox.get(worker) as number[]).shift();
    const run = this.active;
    if (run && reply.runId === run.id) {
      run.outstanding--;
      run.answered = true;
      if (reply.type === 'fault') {
        this.fail(new Error(reply.message));
        return;
      }
      // Drawn only while no block of the run itself has come back; never merged.
      const preview = reply.preview && !run.summary ? reply.summary : undefined;
      if (!reply.preview && reply.summary) {
        if (run.summary) mergeSummary(run.summary, reply.summary);
        else run.summary = reply.summary;
      }
      const final = run.next === run.blocks.length && run.outstanding === 0 && run.held.size === 0 && run.summary !== undefined;
      if (final) this.active = undefined;
      // The worker gets its next block before the answer is drawn (the first draw takes tens of ms).
      this.dispatch();
      if (preview) run.onProgress({ summary: preview, final: false });
      if ((!reply.preview && reply.summary) || final) run.onProgress({ summary: run.summary as SweepSummary, final });
      if (final) run.resolve(run.summary as SweepSummary);
      return;
    }
    this.dispatch();
  }

  private fail(error: Error): void {
    const run = this.active;
    this.active = undefined;
    run?.reject(error);
  }
}
