import type { Pool } from 'workerpool';
import type { Plan } from '../model/plan.js';
import type { WasmModule } from '../engine/wasm-api.js';
import { createSummary, mergeSummary, type SummarySections, type SweepSummary } from '../summary/sweep-summary.js';
import type { EngineKind, SweepTask } from './sweep-task.js';
import { sweepTaskRanges } from './sweep-task-ranges.js';

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
  /** Called with the number of samples done so far, after each block. */
  readonly onProgress?: (done: number) => void;
  /** Aborting terminates the pool's workers at once and rejects with the signal's reason. */
  readonly signal?: AbortSignal;
}

let jobCounter = 0;

/**
 * Runs a sweep on a workerpool pool (Node worker threads or Web Workers). The samples are cut into tasks of
 * whole BLOCK_SIZE blocks; results are merged strictly in task order, holding at most a window of
 * 2 × threads finished-but-unmerged summaries, so memory stays flat whatever the sample count. Counts are
 * integers and merging adds them, so the summary is the same for any thread count.
 */
export async function runPooledSweep(pool: Pool, options: PooledSweepOptions): Promise<SweepSummary> {
  const { plan, seed, engine, module, threads, signal, onProgress } = options;
  const sections = options.sections ?? {};
  const firstSample = options.firstSample ?? 0;
  const ranges = sweepTaskRanges(firstSample, options.samples, threads);
  const total = createSummary(plan.startYear, plan.horizonYear, plan.stocks.length, sections);
  const jobId = `sweep-${++jobCounter}`;
  const window = Math.max(2, 2 * threads);
  const finished = new Map<number, SweepSummary>();
  let done = 0;
  let nextToMerge = 0;
  let nextToSubmit = 0;

  signal?.throwIfAborted();
  return new Promise<SweepSummary>((resolve, reject) => {
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
        const [first, count] = ranges[index];
        const task: SweepTask = { jobId, engine, module, plan, seed, sections, firstSample: first, count };
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
            }
            if (nextToMerge === ranges.length) {
              signal?.removeEventListener('abort', onAbort);
              if (!failed) resolve(total);
            } else {
              submit();
            }
          })
          .catch(fail);
      }
    };
    if (ranges.length === 0) resolve(total);
    else submit();
  });
}

