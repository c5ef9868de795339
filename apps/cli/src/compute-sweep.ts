import { BLOCK_SIZE, sweepWorkerUrl, type Plan, type SampleRange, type SummarySections, type SweepSummary } from '@horizon/sim';
import { pointsWithoutSamples, runPooledPoints, type SlotOverride } from '@horizon/sim/internal';
import { createThreadPool } from './thread-pool.js';
import { loadKernel } from './load-kernel.js';
import { Interrupted } from './interrupted.js';

export interface ComputeOptions {
  readonly plan: Plan;
  readonly seed: number;
  readonly samples: number;
  /** Run only samples [first, end) of the run (one shard, block-aligned); all of [0, samples) when absent. */
  readonly range?: SampleRange;
  /** Worker threads (≥ 1); results do not depend on it. */
  readonly threads: number;
  readonly engine: 'kernel' | 'reference';
  /** Optional summary sections: trajectories (--trajectories), sensitivity (--explain). */
  readonly sections?: SummarySections;
  /** Called with the number of samples done so far. */
  readonly onProgress?: (done: number) => void;
  /** Aborted on Ctrl-C: the workers are terminated at once and Interrupted is thrown. */
  readonly signal?: AbortSignal;
}

/**
 * Runs the sweep's samples on a pool of worker threads (even with one thread, so the main thread stays free
 * for progress and Ctrl-C) and returns their merged summary: the same counts for any thread count.
 */
export async function computeSweep(options: ComputeOptions): Promise<SweepSummary> {
  const [summary] = await computePoints({ ...options, points: [[]] });
  return summary;
}

/**
 * Runs each point of a what-if grid (its overrides) over the same samples on one pool: one pass over the
 * samples per point, the workers' engines reused. `onPoint` gets each point's summary in order as soon as it
 * is whole (and then it is not kept); progress counts the samples of all points.
 */
export async function computePoints(
  options: ComputeOptions & { readonly points: ReadonlyArray<readonly SlotOverride[]>; readonly onPoint?: (point: number, summary: SweepSummary) => void },
): Promise<SweepSummary[]> {
  const { first, end } = options.range ?? { first: 0, end: options.samples };
  const { signal } = options;
  if (signal?.aborted) throw new Interrupted();
  // An empty shard has nothing to run: no kernel to load, no threads to start.
  if (end === first) return pointsWithoutSamples(options);
  const module = options.engine === 'kernel' ? await loadKernel() : undefined;
  const threads = Math.max(1, Math.min(options.threads, Math.ceil((end - first) / BLOCK_SIZE) * options.points.length));
  const pool = createThreadPool(sweepWorkerUrl, threads);
  try {
    return await runPooledPoints(pool, {
      plan: options.plan,
      seed: options.seed,
      firstSample: first,
      samples: end - first,
      engine: options.engine,
      module,
      threads,
      sections: options.sections,
      onProgress: options.onProgress,
      signal,
      points: options.points,
      onPoint: options.onPoint,
    });
  } catch (error) {
    if (signal?.aborted) throw new Interrupted();
    throw error;
  } finally {
    await pool.terminate(true);
  }
}
