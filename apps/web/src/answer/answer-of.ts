import { compilePlan, sweepResult, type Plan, type Scenario, type SweepResult, type SweepSummary, type WasmModule } from '@horizon/sim';
import { eventIndices, recordedTrajectories, type EventSensitivityResult, type TrajectoriesResult } from '@horizon/sim/internal';
import type { SweepRequest } from '../compute/sweep-backend.js';
import { sectionsThatFit } from '../compute/sections-that-fit.js';

/** The answer as the page shows it: the contract's result and the counts behind it. */
export interface Answer {
  readonly request: SweepRequest;
  readonly summary: SweepSummary;
  readonly result: SweepResult;
  readonly final: boolean;
  /** The request asked for trajectories or event indices still being computed (off the page's thread). */
  readonly pendingTrajectories?: boolean;
  /**
   * The fan chart's quantiles cover the years it shows, not yet every year: the charts are final, the
   * downloads (the CLI's whole result) wait for the rest.
   */
  readonly partialTrajectories?: boolean;
  /** The share of the requested samples in the summary. */
  readonly progress: number;
}

const plans = new WeakMap<Scenario, Plan>();

/** The scenario's compiled plan (for the result's scenario digest), compiled once per scenario. */
export function planOf(scenario: Scenario): Plan {
  let plan = plans.get(scenario);
  if (plan === undefined) {
    plan = compilePlan(scenario);
    plans.set(scenario, plan);
  }
  return plan;
}

/**
 * Where the fan chart's quantiles come from: `trajectoriesFor` returns those of the request's recorded paths
 * (they depend on its scenario, seed and sample count alone), at least through the years the fan chart shows
 * with `summary` (final: the run's counts are all in), or undefined while they are being computed (off the
 * page's thread).
 */
export type TrajectoriesFor = (request: SweepRequest, plan: Plan, summary: SweepSummary, final: boolean) => TrajectoriesResult | undefined;

/** Records the paths and computes their quantiles here, on the caller's thread. */
export const trajectoriesHere: TrajectoriesFor = (request, plan) => recordedTrajectories(plan, request.seed, request.samples);

/** Where `--explain`'s event indices come from (they depend on the plan and seed only), or undefined while pending. */
export type EventsFor = (scenario: Scenario, plan: Plan, seed: number) => EventSensitivityResult | undefined;

/** Computes them here, on the caller's thread: by the compiled kernel when given, else by the reference engine. */
export const eventsHere = (kernel?: WasmModule): EventsFor => (_scenario, plan, seed) => eventIndices(plan, seed, kernel);

/**
 * The result JSON of a summary, as `horizon sweep --format json` prints it for the same request (with the
 * extra keys the request asked for, in the CLI's order). `pendingTrajectories` is true when the request asked
 * for trajectories whose quantiles are not ready yet (the result then lacks the key).
 */
export function answerOf(request: SweepRequest, summary: SweepSummary, final: boolean, trajectoriesFor: TrajectoriesFor = trajectoriesHere, eventsFor: EventsFor = eventsHere()): Answer {
  const plan = planOf(request.scenario);
  // The workers' summaries carry no paths: the fan chart's come from trajectoriesFor, for a section that fits.
  const wantsTrajectories = request.sections.trajectories && sectionsThatFit(plan).trajectories;
  const events = summary.sensitivity ? eventsFor(request.scenario, plan, request.seed) : undefined;
  const trajectories = wantsTrajectories ? trajectoriesFor(request, plan, summary, final) : undefined;
  const pending = (wantsTrajectories && trajectories === undefined) || (summary.sensitivity !== undefined && events === undefined);
  const partial = trajectories !== undefined && trajectories.years[trajectories.years.length - 1] < plan.horizonYear;
  // The result is made when first read: the page makes an answer for each reply of the workers, but draws
  // only the latest every 200 ms (sweepResult's quantiles, digest and sensitivity cost about a millisecond).
  let result: SweepResult | undefined;
  const makeResult = (): SweepResult => {
    const { sensitivity, ...contract } = sweepResult(plan, request.seed, { ...summary, trajectories: undefined }, undefined, events);
    return { ...contract, ...(trajectories ? { trajectories } : {}), ...(sensitivity ? { sensitivity } : {}) };
  };
  return {
    request,
    summary,
    get result() {
      return (result ??= makeResult());
    },
    final,
    pendingTrajectories: pending,
    partialTrajectories: partial,
    progress: summary.samples / request.samples,
  };
}

/**
 * Starts the parts computed beside the run's counts (the fan chart's quantiles, the drivers' event indices)
 * whether or not the summary at hand has the sections (a preview's has none): they depend on the request alone,
 * and the final chart waits for them.
 */
export function requestExtras(request: SweepRequest, summary: SweepSummary, trajectoriesFor: TrajectoriesFor, eventsFor: EventsFor): void {
  const plan = planOf(request.scenario);
  const fit = sectionsThatFit(plan);
  if (request.sections.trajectories && fit.trajectories) trajectoriesFor(request, plan, summary, false);
  if (request.sections.sensitivity && fit.sensitivity) eventsFor(request.scenario, plan, request.seed);
}

/** The result without the extra keys: `horizon sweep --format json`'s bytes for the same request. */
export function contractResult(result: SweepResult): SweepResult {
  const { trajectories: _trajectories, sensitivity: _sensitivity, ...contract } = result;
  return contract;
}

/** Each demand model's mode, in the scenario's order. */
export function demandModes(scenario: Scenario): string[] {
  const demand = scenario.demand as unknown;
  const models = Array.isArray(demand) ? demand : [demand];
  return models.map((model) => String((model as { mode?: unknown }).mode ?? 'trend'));
}
