import type { Pool } from 'workerpool';
import type { Plan } from '../model/plan.js';
import type { WasmModule } from '../engine/wasm-api.js';
import { createSummary, mergeSummary, type SummarySections, type SweepSummary } from '../summary/sweep-summary.js';
import type { EngineKind, SweepTask } from './sweep-task.js';
import { sweepTaskRanges } from './sweep-task-ranges.js';
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
 * samples per point, every point's tasks reusing the workers' engines. The samples are cut into tasks of
 * whole BLOCK_SIZE blocks; results are merged strictly in task order, holding at most a window of
 * 2 × threads finished-but-unmerged summaries, so memory stays flat whatever the sample count. Counts are
 * integers and merging adds them, so the summary is the same for any thread count. Progress counts the
 * samples of all points.
 */
export async function runPooledPoints(pool: Pool, options: PooledPointsOptions): Promise<SweepSummary[]> {
  const { plan, seed, engine, module, threads, signal, onProgress, points, onPoint } = options;
  const sections = options.sections ?? {};
  const firstSample = options.firstSample ?? 0;
  const pointRanges = sweepTaskRanges(firstSample, options.samples, threads);
  // Point by point, each point's tasks in sample order: task t is range t mod R of point ⌊t / R⌋.
  const ranges = points.flatMap((_, point) => pointRanges.map(([first, count]): [number, number, number] => [first, count, point]));
  const kept: SweepSummary[] = [];
  let total = createSummary(plan.startYear, plan.horizonYear, plan.stocks.length, sections);
  const jobId = `sweep-${++jobCounter}`;
  const window = Math.max(2, 2 * threads);
  const finished = new Map<number, SweepSummary>();
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
        const [first, count, point] = ranges[index];
        const task: SweepTask = { jobId, engine, module, plan, seed, sections, firstSample: first, count, overrides: points[point] };
        pool
          .exec('runSweepTask', [task], {
            on: (event: { samples: number }) => {
              done += event.samples;
              if (!failed) onProgress?.(done);
            },
          })
          .then((summary: SweepSummary) => {
            finished.set(index, summary);
            while (finished.has(nextToMerge)) {
              mergeSummary(total, finished.get(nextToMerge) as SweepSummary);
              finished.delete(nextToMerge++);
              // A point is whole after its last range: hand it over, and start the next point's summary.
              if (nextToMerge % pointRanges.length === 0) {
                const point = nextToMerge / pointRanges.length - 1;
                if (onPoint) onPoint(point, total);
                else kept.push(total);
                total = createSummary(plan.startYear, plan.horizonYear, plan.stocks.length, sections);
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
    if (ranges.length === 0) resolve(points.map(() => createSummary(plan.startYear, plan.horizonYear, plan.stocks.length, sections)));
    else submit();
  });
}

