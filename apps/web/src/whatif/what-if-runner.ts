import { mergeSummary, type Scenario, type SweepSummary, type WasmModule } from '@horizon/sim';
import { type SlotOverride } from '@horizon/sim/internal';
import type { PointsReply, PointsRequest } from '../compute/worker-messages.js';
import { coarseBatchSize, whatIfSchedule, type PointBlock } from './what-if-schedule.js';

/** A what-if sweep to run: a validated scenario, its seed, the samples of each point and each point's overrides. */
export interface WhatIfRequest {
  readonly scenario: Scenario;
  readonly seed: number;
  readonly samples: number;
  readonly points: ReadonlyArray<readonly SlotOverride[]>;
}

/**
 * Partial or final: `summaries[k]` holds the samples of point k done so far (undefined before its first
 * block); `final` when every point covers [0, samples), each then the CLI's summary of that point.
 */
export interface WhatIfProgress {
  readonly summaries: ReadonlyArray<SweepSummary | undefined>;
  readonly final: boolean;
  /** Samples done over all points, and the total. */
  readonly done: number;
  readonly total: number;
}

interface ActiveSweep {
  readonly id: number;
  readonly request: WhatIfRequest;
  readonly blocks: PointBlock[];
  /** The coarse pass: blocks [0, coarse) of the schedule, one per point. */
  readonly coarse: number;
  next: number;
  outstanding: number;
  done: number;
  readonly summaries: Array<SweepSummary | undefined>;
  readonly onProgress: (progress: WhatIfProgress) => void;
}

/**
 * Runs what-if grids on Web Workers of the page's own engine-worker.ts (the same kernel and runSweepTask as the
 * main sweep, each block carrying its point's overrides), coarse to fine (what-if-schedule.ts). The coarse pass
 * goes out as one message per worker (a share of the points each), so the first curve costs one round trip;
 * after it blocks go one at a time to whichever worker is idle, so a new sweep (an edit) cancels the old one
 * within one block. The runner
 * keeps workers of its own, so a what-if never stalls the page's main answer; they start on the first sweep.
 */
export class WhatIfRunner {
  private workers: Worker[] | undefined;
  private idle: Worker[] = [];
  private readonly assigned = new Map<Worker, readonly PointBlock[]>();
  private active: ActiveSweep | undefined;
  /** Worker-side run ids: far from the main pool's, though the workers are not shared anyway. */
  private nextId = 1_000_000;

  constructor(
    readonly workerCount: number,
    private readonly makeWorker: () => Worker,
    private readonly kernel: () => WasmModule | undefined,
  ) {}

  /** Starts a sweep, cancelling the one in flight; `onProgress` after each block that comes back. */
  run(request: WhatIfRequest, onProgress: (progress: WhatIfProgress) => void): void {
    this.startWorkers();
    const blocks = whatIfSchedule(request.points.length, request.samples);
    const coarse = request.points.length;
    this.active = { id: this.nextId++, request, blocks, coarse, next: 0, outstanding: 0, done: 0, summaries: request.points.map(() => undefined), onProgress };
    this.dispatch();
  }

  /** Stops handing out blocks; blocks in flight are dropped when they come back. */
  cancel(): void {
    this.active = undefined;
  }

  dispose(): void {
    this.cancel();
    for (const worker of this.workers ?? []) worker.terminate();
    this.workers = undefined;
  }

  private startWorkers(): void {
    if (this.workers) return;
    this.workers = Array.from({ length: this.workerCount }, this.makeWorker);
    this.idle = [...this.workers];
    for (const worker of this.workers) {
      worker.onmessage = (event: MessageEvent<PointsReply>) => this.onReply(worker, event.data);
      worker.onerror = (event) => console.error(`what-if worker failed: ${event.message}`);
    }
  }

  private dispatch(): void {
    const sweep = this.active;
    while (sweep && sweep.next < sweep.blocks.length && this.idle.length > 0) {
      const take = coarseBatchSize(sweep.next, sweep.coarse, this.idle.length);
      const worker = this.idle.pop() as Worker;
      const batch = sweep.blocks.slice(sweep.next, sweep.next + take);
      sweep.next += batch.length;
      this.assigned.set(worker, batch);
      sweep.outstanding++;
      const { scenario, seed, points } = sweep.request;
      const message: PointsRequest = {
        type: 'points', runId: sweep.id, scenario, seed, kernel: this.kernel(),
        blocks: batch.map((block) => ({ first: block.first, count: block.count, overrides: points[block.point] })),
      };
      worker.postMessage(message);
    }
  }

  private onReply(worker: Worker, reply: PointsReply): void {
    this.idle.push(worker);
    const batch = this.assigned.get(worker);
    this.assigned.delete(worker);
    const sweep = this.active;
    if (sweep && batch && reply.runId === sweep.id) {
      sweep.outstanding--;
      if (reply.type === 'fault') {
        this.active = undefined;
        console.error(`what-if sweep failed: ${reply.message}`);
        return;
      }
      if (reply.type === 'points') {
        batch.forEach((block, k) => {
          const summary = reply.summaries[k];
          const held = sweep.summaries[block.point];
          if (held) mergeSummary(held, summary);
          else sweep.summaries[block.point] = summary;
          sweep.done += block.count;
        });
      }
      const final = sweep.next === sweep.blocks.length && sweep.outstanding === 0;
      if (final) this.active = undefined;
      const total = sweep.request.samples * sweep.request.points.length;
      // The coarse curve is drawn once every point has its first block; before that, nothing.
      if (final || sweep.summaries.every((summary) => summary !== undefined)) sweep.onProgress({ summaries: sweep.summaries, final, done: sweep.done, total });
    }
    this.dispatch();
  }
}
