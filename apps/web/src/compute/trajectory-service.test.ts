import { describe, expect, it } from 'vitest';
import { compilePlan, SCENARIO_PRESETS, type Scenario } from '@horizon/sim';
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

/** The fan chart's quantiles of a sweep's own records: samples [0, samples) in blocks, as the CLI records them. */
function sweptQuantiles(seed: number, samples: number) {
  const summary = runSweepTask({ jobId: `test ${seed}`, engine: 'reference', plan, seed, sections: { trajectories: true }, firstSample: 0, count: samples });
  return trajectoriesResult(summary.trajectories as TrajectoryRecords, names);
}

/** A service whose two workers (the fan chart's quantiles, then the event indices) answer when told to. */
function service(): { paths: StepWorker; events: StepWorker; service: TrajectoryService; ready: { count: number } } {
  const workers: StepWorker[] = [];
  const ready = { count: 0 };
  const made = new TrajectoryService(() => ready.count++, () => {
    const worker = new StepWorker();
    workers.push(worker);
    return worker as unknown as Worker;
  });
  return { paths: workers[0], events: workers[1], ready, service: made };
}

const seedsOf = (worker: StepWorker) => worker.posted.map((job) => job.seed);

describe('TrajectoryService', () => {
  it('records the run\'s paths in its worker: the quantiles of a sweep\'s own records, once per run', () => {
    const { paths: worker, service: paths, ready } = service();
    const run = { scenario, seed: 7, samples: 300 };
    expect(paths.request(run)).toBeUndefined();
    expect(paths.request(run)).toBeUndefined();
    expect(worker.posted).toHaveLength(1);
    worker.reply();
    expect(ready.count).toBe(1);
    expect(paths.request(run)).toEqual(sweptQuantiles(7, 300));
  });

  it('records at most the first 8,192 samples: any larger run of the same scenario and seed shares them', () => {
    const { paths: worker, service: paths } = service();
    expect(paths.request({ scenario, seed: 3, samples: 10_000 })).toBeUndefined();
    worker.reply();
    expect(paths.request({ scenario, seed: 3, samples: 1_000_000 })).toEqual(sweptQuantiles(3, 8192));
    // Fewer samples than 8,192 record fewer paths: another answer.
    expect(paths.request({ scenario, seed: 3, samples: 5000 })).toBeUndefined();
    expect(worker.posted.map((job) => job.kind === 'trajectories' && job.samples)).toEqual([8192, 5000]);
  });

  it('computes only the newest of the runs asked for while its worker is busy', () => {
    const { paths: worker, service: paths } = service();
    for (const seed of [1, 2, 3]) expect(paths.request({ scenario, seed, samples: 300 })).toBeUndefined();
    expect(seedsOf(worker)).toEqual([1]);
    worker.reply();
    // Seed 2 was replaced by seed 3 before the worker was free; asked for again, it is computed again.
    expect(seedsOf(worker)).toEqual([1, 3]);
    worker.reply();
    expect(paths.request({ scenario, seed: 2, samples: 300 })).toBeUndefined();
    expect(seedsOf(worker)).toEqual([1, 3, 2]);
  });

  it('computes the event indices beside the quantiles, and keeps both by scenario text and seed', () => {
    const { paths: pathWorker, events: eventWorker, service: paths } = service();
    const run = { scenario, seed: 7, samples: 300 };
    expect(paths.request(run)).toBeUndefined();
    expect(paths.requestEvents(scenario, 7)).toBeUndefined();
    expect(pathWorker.posted.map((job) => job.kind)).toEqual(['trajectories']);
    expect(eventWorker.posted.map((job) => job.kind)).toEqual(['events']);
    // Another scenario's indices asked for while the first's are computed replace any not started.
    const other = { ...scenario, name: 'other' } as Scenario;
    expect(paths.requestEvents(other, 7)).toBeUndefined();
    expect(paths.requestEvents(other, 8)).toBeUndefined();
    eventWorker.reply();
    expect(seedsOf(eventWorker)).toEqual([7, 8]);
    eventWorker.reply();
    pathWorker.reply();
    const events = paths.requestEvents(scenario, 7);
    expect(events).toBeDefined();
    const fan = paths.request(run);
    expect(fan).toEqual(sweptQuantiles(7, 300));

    // The same scenario text as a new object (a rerun, Back) with the same seed: nothing is computed again.
    const again = structuredClone(scenario);
    expect(paths.request({ scenario: again, seed: 7, samples: 300 })).toEqual(fan);
    expect(paths.requestEvents(again, 7)).toEqual(events);
    expect(pathWorker.posted).toHaveLength(1);
    expect(eventWorker.posted).toHaveLength(2);
    // Another seed is another answer; the dropped request (other, seed 7) is asked for again.
    expect(paths.requestEvents(again, 8)).toBeUndefined();
    expect(paths.requestEvents(other, 7)).toBeUndefined();
    expect(eventWorker.posted).toHaveLength(3);
  });

  it('gives the years the chart shows first, then every year when asked: the first years are the whole result\'s', () => {
    const { paths: worker, service: paths } = service();
    const run = { scenario, seed: 7, samples: 10_000 };
    expect(paths.request(run, 2035)).toBeUndefined();
    expect(paths.request(run, 2030)).toBeUndefined();
    expect(worker.posted.map((job) => job.kind === 'trajectories' && job.throughYear)).toEqual([2035]);
    worker.reply();
    const first = paths.request(run, 2030);
    const whole = sweptQuantiles(7, 8192);
    const count = 2035 - whole.years[0] + 1;
    expect(first?.years).toEqual(whole.years.slice(0, count));
    expect(first?.demand.p50).toEqual(whole.demand.p50.slice(0, count));
    expect(paths.request(run, 2035)).toBe(first);
    // A later year, or every year (the downloads'), is another job; then every request gets the whole result.
    expect(paths.request(run)).toBeUndefined();
    expect(paths.request(run, 2040)).toBeUndefined();
    expect(worker.posted.map((job) => job.kind === 'trajectories' && job.throughYear)).toEqual([2035, undefined]);
    worker.reply();
    expect(paths.request(run)).toEqual(whole);
    expect(paths.request(run, 2035)).toEqual(whole);
    expect(paths.request({ scenario: structuredClone(scenario), seed: 7, samples: 10_000 }, 2030)).toEqual(whole);
    expect(worker.posted).toHaveLength(2);
  });
});
