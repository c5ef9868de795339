import { describe, expect, it } from 'vitest';
import { compilePlan, mergeSummary, SCENARIO_PRESETS, type Scenario, type SweepSummary } from '@horizon/sim';
import { runSweepTask, trajectoriesResult, type TrajectoryRecords } from '@horizon/sim/internal';
import { TrajectoryService } from './trajectory-service.js';
import { runTrajectoryJob, type TrajectoryJob } from './trajectory-job.js';

/** A worker that runs each job in this thread, but only when the test says so (one reply at a time). */
class StepWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  readonly posted: TrajectoryJob[] = [];
  postMessage(job: TrajectoryJob): void {
    this.posted.push(job);
  }
  /** Answers the oldest job not answered yet. */
  reply(): void {
    const job = this.posted[this.answered++];
    this.onmessage?.({ data: { id: job.id, result: runTrajectoryJob(job) } } as MessageEvent);
  }
  private answered = 0;
}

const scenario = SCENARIO_PRESETS['contract-example'] as Scenario;
const plan = compilePlan(scenario);
const names = plan.stocks.map((stock) => stock.name);

/** The summary of samples [first, first + count) with the fan chart's records. */
function block(first: number, count: number): SweepSummary {
  return runSweepTask({ jobId: 'test', engine: 'reference', plan, seed: 7, sections: { trajectories: true }, firstSample: first, count });
}

function service(): { worker: StepWorker; service: TrajectoryService; ready: { count: number } } {
  const worker = new StepWorker();
  const ready = { count: 0 };
  return { worker, ready, service: new TrajectoryService(() => ready.count++, () => worker as unknown as Worker) };
}

describe('TrajectoryService', () => {
  it('computes the first records at once and, of the records that grew meanwhile, only the newest', () => {
    const { worker, service: paths, ready } = service();
    const summary = block(0, 100);
    const records = summary.trajectories as TrajectoryRecords;
    expect(paths.request(records, names)).toBeUndefined();
    mergeSummary(summary, block(100, 100));
    expect(paths.request(records, names)).toBeUndefined();
    mergeSummary(summary, block(200, 100));
    expect(paths.request(records, names)).toBeUndefined();
    expect(worker.posted.map((job) => job.kind === 'trajectories' && job.records.recorded)).toEqual([100]);
    worker.reply();
    // The 200-record request was replaced by the 300-record one before the worker was free.
    expect(worker.posted.map((job) => job.kind === 'trajectories' && job.records.recorded)).toEqual([100, 300]);
    worker.reply();
    expect(ready.count).toBe(2);
    expect(paths.request(records, names)).toEqual(trajectoriesResult(records, names));
  });

  it('runs the event indices before records waiting, and keeps both by scenario text and seed', () => {
    const { worker, service: paths } = service();
    const first = block(0, 300);
    expect(paths.request(first.trajectories as TrajectoryRecords, names, { scenario, seed: 7, samples: 300 })).toBeUndefined();
    const next = block(0, 300);
    expect(paths.request(next.trajectories as TrajectoryRecords, names, { scenario, seed: 7, samples: 300 })).toBeUndefined();
    expect(paths.requestEvents(scenario, 7)).toBeUndefined();
    worker.reply();
    expect(worker.posted.map((job) => job.kind)).toEqual(['trajectories', 'events']);
    worker.reply();
    worker.reply();
    expect(worker.posted.map((job) => job.kind)).toEqual(['trajectories', 'events', 'trajectories']);
    const events = paths.requestEvents(scenario, 7);
    expect(events).toBeDefined();
    const fan = paths.request(next.trajectories as TrajectoryRecords, names, { scenario, seed: 7, samples: 300 });
    expect(fan).toEqual(trajectoriesResult(next.trajectories as TrajectoryRecords, names));

    // The same scenario text as a new object (a rerun, Back) with the same seed: nothing is computed again.
    const again = structuredClone(scenario);
    const rerun = block(0, 300);
    expect(paths.request(rerun.trajectories as TrajectoryRecords, names, { scenario: again, seed: 7, samples: 300 })).toEqual(fan);
    expect(paths.requestEvents(again, 7)).toEqual(events);
    expect(worker.posted).toHaveLength(3);
    // Another seed is another answer.
    expect(paths.requestEvents(again, 8)).toBeUndefined();
    expect(worker.posted).toHaveLength(4);
  });
});
