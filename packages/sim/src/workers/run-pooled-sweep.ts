import type { Pool } from 'workerpool';
import type { Plan } from '../model/plan.js';
import type { WasmModule } from '../engine/wasm-api.js';
import { createSummary, mergeSummary, type SummarySections, type SweepSummary } from '../summary/sweep-summary.js';
import type { EngineKind, PointsTask } from './sweep-task.js';
import { pointsPerTask, sweepTaskRanges } from './sweep-task-ranges.js';
import type { SlotOverride } from '../model/slot-override.js';

/** What runPooledSweep runs: the plan, seed and samples, on which engine, with how many threads. */
export interface PooledSweepOptions {
  readonly plan: Plan;
  readonly seed: number;
  /** Samples [firstSample, firstSample + samples) are run; firstSample defaults to 0 (a shard starts later). */
  readonly samples: number;
  readonly firstSample?: number;
  readonly engine: EngineKind;
  /** The compiled kernel, for engine 'kernel'. */
  readonly module?: WasmModule;
  /** Workers the pool runs at once: sets how many tasks are kept in flight. */
  readonly threads: number;
  readonly sections?: SummarySections;
  /** Called with the number of samples done so far, as blocks finish (each worker reports at most every 100 ms and at each task's end). */
  readonly onProgress?: (done: number) => void;
  /** Aborting terminates the pool's workers at once and rejects with the signal's reason. */
  readonly signal?: AbortSignal;
}

export interface PooledPointsOptions extends PooledSweepOptions {
  /** The overrides of each point of a what-if grid (whatif/vary-grid.ts); each point runs all the samples. */
  readonly points: ReadonlyArray<readonly SlotOverride[]>;
  /**
   * Called with each point's summary as soon as it is whole, in point order; then the summary is not kept
   * (and the result is empty), so memory does not grow with the number of points.
   */
  readonly onPoint?: (point: number, summary: SweepSummary) => void;
}

let jobCounter = 0;

/** Runs one sweep on the pool: the single point of runPooledPoints with no overrides. */
export async function runPooledSweep(pool: Pool, options: PooledSweepOptions): Promise<SweepSummary> {
  const [summary] = await runPooledPoints(pool, { ...options, points: [[]] });
  return summary;
}

/**
 * Runs the points of a sweep on a workerpool pool (Node worker threads or Web Workers), one pass over the
 * samples per point, every point's tasks reusing the workers' engines. The samples are cut into ranges of
 * whole BLOCK_SIZE blocks, and a task runs one range for a group of consecutive points (pointsPerTask: one
 * point for a single sweep); results are merged strictly in task order, holding at most a window of
 * 2 × threads finished-but-unmerged tasks, so memory stays flat whatever the sample count. Counts are
 * integers and merging adds them, so the summary is the same for any thread count. Progress counts the
 * samples of all points.
 */
export async function runPooledPoints(pool: Pool, options: PooledPointsOptions): Promise<SweepSummary[]> {
  const { plan, seed, engine, module, threads, signal, onProgress, points, onPoint } = options;
  const sections = options.sections ?? {};
  const firstSample = options.firstSample ?? 0;
  const pointRanges = sweepTaskRanges(firstSample, options.samples, threads);
  // The points in groups of consecutive points, each group's tasks in sample order: task t is range t mod R
  // of group ⌊t / R⌋, and runs every point of its group over that range.
  const perTask = pointsPerTask(points.length, pointRanges.length, threads);
  const groups = Array.from({ length: Math.ceil(points.length / perTask) }, (_, g) => points.slice(g * perTask, (g + 1) * perTask));
  const ranges = groups.flatMap((_, group) => pointRanges.map(([first, count]): [number, number, number] => [first, count, group]));
  const kept: SweepSummary[] = [];
  const emptyTotals = (group: number): SweepSummary[] => groups[group].map(() => createSummary(plan.startYear, plan.horizonYear, plan.stocks.length, sections));
  let totals = emptyTotals(0);
  const jobId = `sweep-${++jobCounter}`;
  const window = Math.max(2, 2 * threads);
  const finished = new Map<number, SweepSummary[]>();
  let done = 0;
  let nextToMerge = 0;
  let nextToSubmit = 0;

  signal?.throwIfAborted();
  return new Promise<SweepSummary[]>((resolve, reject) => {
    let failed = false;
    const fail = (error: unknown): void => {
      if (failed) return;
      failed = true;
      signal?.removeEventListener('abort', onAbort);
      reject(error);
    };
    const onAbort = (): void => {
      fail(signal?.reason);
      void pool.terminate(true);
    };
    signal?.addEventListener('abort', onAbort, { once: true });

    const submit = (): void => {
      while (!failed && nextToSubmit < ranges.length && nextToSubmit - nextToMerge < window) {
        const index = nextToSubmit++;
        const [first, count, group] = ranges[index];
        const task: PointsTask = { jobId, engine, module, plan, seed, sections, firstSample: first, count, points: groups[group] };
        pool
          .exec('runPointsTask', [task], {
            on: (event: { samples: number }) => {
              done += event.samples;
              if (!failed) onProgress?.(done);
            },
          })
          .then((summaries: SweepSummary[]) => {
            finished.set(index, summaries);
            while (finished.has(nextToMerge)) {
              (finished.get(nextToMerge) as SweepSummary[]).forEach((summary, k) => mergeSummary(totals[k], summary));
              finished.delete(nextToMerge++);
              // A group's points are whole after its last range: hand them over, and start the next group's.
              if (nextToMerge % pointRanges.length === 0) {
                const group = nextToMerge / pointRanges.length - 1;
                totals.forEach((total, k) => {
                  if (onPoint) onPoint(group * perTask + k, total);
                  else kept.push(total);
                });
                if (group + 1 < groups.length) totals = emptyTotals(group + 1);
              }
            }
            if (nextToMerge === ranges.length) {
              signal?.removeEventListener('abort', onAbort);
              if (!failed) resolve(kept);
            } else {
              submit();
            }
          })
          .catch(fail);
      }
    };
    if (ranges.length === 0) resolve(pointsWithoutSamples(options));
    else submit();
  });
}

/**
 * What runPooledPoints gives for no samples (an empty shard: more shards than blocks), without the pool: an
 * empty summary per point, handed to `onPoint` in order when it is given (and then not kept), as for samples.
 * A caller can skip starting its pool's threads for such a run.
 */
export function pointsWithoutSamples(options: Pick<PooledPointsOptions, 'plan' | 'sections' | 'points' | 'onPoint'>): SweepSummary[] {
  const { plan, onPoint } = options;
  const summaries = options.points.map(() => createSummary(plan.startYear, plan.horizonYear, plan.stocks.length, options.sections ?? {}));
  if (!onPoint) return summaries;
  summaries.forEach((summary, k) => onPoint(k, summary));
  return [];
}
