import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compilePlan, SCENARIO_PRESETS, type Scenario, type SweepSummary } from '@horizon/sim';
import { runSweepTask } from '@horizon/sim/internal';
import { BLOCKS_IN_FLIGHT, WorkerPoolBackend } from './worker-pool-backend.js';
import type { BlockRequest, FlushRequest, WorkerReply } from './worker-messages.js';

const scenario = SCENARIO_PRESETS['contract-example'] as Scenario;
const plan = compilePlan(scenario);

/** A worker that answers its oldest request when the test says so: a block with that block's own counts. */
class StepWorker {
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly inbox: Array<BlockRequest | FlushRequest> = [];
  postMessage(request: BlockRequest | FlushRequest): void {
    this.inbox.push(request);
  }
  terminate(): void {}
  /** Answers the oldest request; false when there is none. */
  reply(): boolean {
    const request = this.inbox.shift();
    if (!request) return false;
    const summary =
      request.type === 'block'
        ? runSweepTask({ jobId: `${request.runId} ${request.first}`, engine: 'reference', plan, seed: 5, sections: {}, firstSample: request.first, count: request.count })
        : undefined;
    this.onmessage?.({ data: { type: 'block', runId: request.runId, preview: request.type === 'block' && request.preview, summary } } as MessageEvent<WorkerReply>);
    return true;
  }
}

function pool(): { workers: StepWorker[]; backend: WorkerPoolBackend } {
  const workers: StepWorker[] = [];
  const backend = new WorkerPoolBackend(2, () => {
    const worker = new StepWorker();
    workers.push(worker);
    return worker as unknown as Worker;
  });
  return { workers, backend };
}

const request = (samples: number) => ({ scenario, seed: 5, samples, sections: { trajectories: false, sensitivity: false } });
const blocksOf = (worker: StepWorker, runId?: number) => worker.inbox.filter((message) => message.type === 'block' && (runId === undefined || message.runId === runId)).length;

describe('WorkerPoolBackend', () => {
  beforeEach(() => vi.stubGlobal('performance', { now: () => 0 }));
  afterEach(() => vi.unstubAllGlobals());

  it(`keeps ${BLOCKS_IN_FLIGHT} blocks of the run in each worker's inbox once the run's first reply is in, and its final summary is the counts of every sample`, async () => {
    const { workers, backend } = pool();
    let final: SweepSummary | undefined;
    const run = backend.run(request(60_000), (progress) => progress.final && (final = progress.summary));
    // One block each until the first reply (the first chart), then BLOCKS_IN_FLIGHT.
    expect(workers.map((worker) => blocksOf(worker))).toEqual([1, 1]);
    workers[0].reply();
    expect(workers.map((worker) => blocksOf(worker))).toEqual([BLOCKS_IN_FLIGHT, BLOCKS_IN_FLIGHT]);
    // Answer in turns until nothing is left; the inboxes never hold more than BLOCKS_IN_FLIGHT of the run's blocks.
    while (workers.some((worker) => worker.reply())) for (const worker of workers) expect(blocksOf(worker)).toBeLessThanOrEqual(BLOCKS_IN_FLIGHT);
    expect(await run.finished).toBe(final);
    const whole = runSweepTask({ jobId: 'whole', engine: 'reference', plan, seed: 5, sections: {}, firstSample: 0, count: 60_000 });
    expect(final?.samples).toBe(60_000);
    expect(final?.stocks.map((stock) => [...stock.bins])).toEqual(whole.stocks.map((stock) => [...stock.bins]));
  });

  it('hands a new run its blocks at once, while the cancelled run\'s are still in the inboxes', async () => {
    const { workers, backend } = pool();
    const first = backend.run(request(60_000), () => undefined);
    const second = backend.run(request(20_000), () => undefined);
    expect(await first.finished).toBeNull();
    const runIds = (worker: StepWorker) => worker.inbox.map((message) => message.runId);
    for (const worker of workers) expect(new Set(runIds(worker)).size).toBe(2);
    while (workers.some((worker) => worker.reply()));
    expect((await second.finished)?.samples).toBe(20_000);
  });
});
