import { ReferenceEngine, runSweep, type Plan, type SummarySections, type SweepSummary } from '@horizon/sim';

export interface ComputeOptions {
  readonly plan: Plan;
  readonly seed: number;
  readonly samples: number;
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
  const engine = new ReferenceEngine(options.plan, options.seed);
  return runSweep(options.plan, engine, options.samples, options.onProgress, options.sections);
}
