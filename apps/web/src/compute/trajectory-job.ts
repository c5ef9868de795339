import { compilePlan, type Plan, type Scenario, type WasmModule } from '@horizon/sim';
import { eventIndices, kernelSeriesOrderStatistics, recordTrajectories, trajectoriesResult, type EventSensitivityResult, type SeriesOrderStatistics, type TrajectoriesResult, type TrajectoryRecords } from '@horizon/sim/internal';

/** Page → trajectory worker: one job; the worker answers `{ id, result }` (trajectory-worker.ts). */
export type TrajectoryJob =
  | {
      readonly id: number;
      readonly kind: 'trajectories';
      readonly scenario: Scenario;
      readonly seed: number;
      readonly samples: number;
      /** The last year wanted (the years the fan chart shows); undefined: every year, the CLI's whole result. */
      readonly throughYear?: number;
      /** The compiled kernel, which orders each year's values (the same numbers as TypeScript's, with no JIT to warm). */
      readonly kernel?: WasmModule;
    }
  | { readonly id: number; readonly kind: 'events'; readonly scenario: Scenario; readonly seed: number; readonly kernel?: WasmModule };

/**
 * A job's result: the fan chart's per-year quantiles of a run's recorded paths (through `throughYear`), or the
 * horizon-free event indices of `--explain`, with the job's compiled kernel (posted with the job, so the worker
 * compiles nothing) or, without one (`?engine=reference`, no WebAssembly), in TypeScript: the same numbers.
 * The paths are recorded by the reference engine either way (as the CLI records them); the kernel orders each
 * year's values.
 */
export function runTrajectoryJob(job: TrajectoryJob): TrajectoriesResult | EventSensitivityResult {
  const plan = planOf(job.scenario);
  if (job.kind === 'trajectories') {
    const records = recordsOf(job.scenario, plan, job.seed, job.samples);
    return trajectoriesResult(records, plan.stocks.map((stock) => stock.name), job.throughYear, job.kernel && orderStatisticsOf(job.kernel));
  }
  return eventIndices(plan, job.seed, job.kernel);
}

/**
 * The kernel's order statistics, made once per worker (its own instance and memory, which keeps the last
 * recording's data): every job posts the page's one compiled kernel, a new Module object each time for the
 * same code.
 */
let orderStatistics: SeriesOrderStatistics | undefined;

function orderStatisticsOf(kernel: WasmModule): SeriesOrderStatistics {
  return (orderStatistics ??= kernelSeriesOrderStatistics(kernel));
}

/**
 * The last run's recorded paths, by scenario text, seed and samples: the fan chart's years come first and every
 * year after the final chart, from one recording (8,192 paths on the reference engine, 12-20 ms).
 */
let recorded: { readonly key: string; readonly records: TrajectoryRecords } | undefined;

function recordsOf(scenario: Scenario, plan: Plan, seed: number, samples: number): TrajectoryRecords {
  const key = `${seed} ${samples} ${JSON.stringify(scenario)}`;
  if (recorded?.key !== key) recorded = { key, records: recordTrajectories(plan, seed, samples) };
  return recorded.records;
}

/** The last scenario's plan, by its text: a seed edit or another sample count compiles nothing. */
let compiled: { readonly text: string; readonly plan: Plan } | undefined;

function planOf(scenario: Scenario): Plan {
  const text = JSON.stringify(scenario);
  if (compiled?.text !== text) compiled = { text, plan: compilePlan(scenario) };
  return compiled.plan;
}
