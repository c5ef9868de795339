import { mergeSummary, type SweepSummary, type WasmModule } from '@horizon/sim';
import { blockSchedule, withPreview, type Block } from './block-schedule.js';
import type { SweepBackend, SweepProgress, SweepRequest, SweepRun } from './sweep-backend.js';
import type { BlockRequest, WorkerReply } from './worker-messages.js';

/** Most workers the app starts, whatever the machine reports: more only adds memory and start-up time. */
export const MAX_WORKERS = 16;

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
  summary: SweepSummary | undefined;
  readonly onProgress: (progress: SweepProgress) => void;
  readonly resolve: (summary: SweepSummary | null) => void;
  readonly reject: (error: Error) => void;
}

/**
 * A pool of Web Workers, each running an Engine (engine-worker.ts). Blocks are handed out one at a time to
 * whichever worker is idle, so fast and slow workers share the work and a cancelled run stops within one
 * block. A run's summary is the sum of its blocks' counts, which is exact and order-free (sweep-summary.ts).
 */
export class WorkerPoolBackend implements SweepBackend {
  private readonly workers: Worker[];
  private readonly idle: Worker[];
  private active: ActiveRun | undefined;
  private nextRunId = 1;

  /** The compiled kernel once loaded; runs started before then use the reference engine. */
  kernel: WasmModule | undefined;

  constructor(readonly workerCount: number, makeWorker: () => Worker) {
    this.workers = Array.from({ length: workerCount }, makeWorker);
    this.idle = [...this.workers];
    for (const worker of this.workers) {
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
    const run: ActiveRun = { id, request, kernel: this.kernel, blocks: withPreview(blockSchedule(request.samples), request.sections.trajectories || request.sections.sensitivity), next: 0, outstanding: 0, summary: undefined, onProgress, resolve, reject };
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

  private dispatch(): void {
    const run = this.active;
    while (run && this.idle.length > 0 && run.next < run.blocks.length) {
      const worker = this.idle.pop() as Worker;
      const { first, count, preview } = run.blocks[run.next++];
      run.outstanding++;
      const { scenario, seed, sections } = run.request;
      const message: BlockRequest = { type: 'block', runId: run.id, scenario, seed, sections, kernel: run.kernel, first, count, preview };
      worker.postMessage(message);
    }
  }

  private onReply(worker: Worker, reply: WorkerReply): void {
    this.idle.push(worker);
    const run = this.active;
    if (run && reply.runId === run.id) {
      run.outstanding--;
      if (reply.type === 'fault') {
        this.fail(new Error(reply.message));
        return;
      }
      if (reply.preview) {
        // Drawn only while no block of the run itself has come back; never merged.
        if (!run.summary) run.onProgress({ summary: reply.summary, final: false });
      } else if (run.summary) mergeSummary(run.summary, reply.summary);
      else run.summary = reply.summary;
      const final = run.next === run.blocks.length && run.outstanding === 0 && run.summary !== undefined;
      if (final) this.active = undefined;
      if (!reply.preview || final) run.onProgress({ summary: run.summary as SweepSummary, final });
      if (final) run.resolve(run.summary as SweepSummary);
    }
    this.dispatch();
  }

  private fail(error: Error): void {
    const run = this.active;
    this.active = undefined;
    run?.reject(error);
  }
}
