import { ReferenceEngine, runSweep, type Engine, type Plan, type SampleRange, type SummarySections, type SweepSummary } from '@horizon/sim';

export interface ComputeOptions {
  readonly plan: Plan;
  readonly seed: number;
  readonly samples: number;
  /** Run only samples [first, end) of the run (one shard, block-aligned); all of [0, samples) when absent. */
  readonly range?: SampleRange;
  readonly threads: number;
  readonly engine: 'kernel' | 'reference';
  /** Optional summary sections: trajectories (--trajectories), sensitivity (--explain). */
  readonly sections?: SummarySections;
  /** Called with the number of samples done so far. */
  readonly onProgress?: (done: number) => void;
  readonly signal?: AbortSignal;
}

/** Runs the sweep's samples and returns their merged summary. */
export async function computeSweep(options: ComputeOptions): Promise<SweepSummary> {
  const { first, end } = options.range ?? { first: 0, end: options.samples };
  const reference = new ReferenceEngine(options.plan, options.seed);
  // runSweep counts samples from 0; a shard's blocks start at `first` (block-aligned, so blocks line up with the unsharded run's).
  const engine: Engine = first === 0 ? reference : { runBlock: (at, count, summary) => reference.runBlock(first + at, count, summary) };
  return runSweep(options.plan, engine, end - first, options.onProgress, options.sections);
}
