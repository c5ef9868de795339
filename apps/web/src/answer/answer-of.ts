import { compilePlan, sweepResult, trajectoriesResult, type Plan, type Scenario, type SweepResult, type SweepSummary, type TrajectoriesResult, type TrajectoryRecords } from '@horizon/sim';
import type { SweepRequest } from '../compute/sweep-backend.js';

/** The answer as the page shows it: the contract's result and the counts behind it. */
export interface Answer {
  readonly request: SweepRequest;
  readonly summary: SweepSummary;
  readonly result: SweepResult;
  readonly final: boolean;
}

const plans = new WeakMap<Scenario, Plan>();
/** The fan chart's quantiles of the records as last seen: they change only while the first paths come in. */
const trajectoryCache = new WeakMap<TrajectoryRecords, { recorded: number; result: TrajectoriesResult }>();

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
 * The result JSON of a summary, as `horizon sweep --format json` prints it for the same request (with the
 * extra keys the request asked for, in the CLI's order). The trajectories' exact quantiles are computed again
 * only when more paths arrived.
 */
export function answerOf(request: SweepRequest, summary: SweepSummary, final: boolean): Answer {
  const plan = planOf(request.scenario);
  const records = summary.trajectories;
  const { sensitivity, ...contract } = sweepResult(plan, request.seed, { ...summary, trajectories: undefined });
  let trajectories: TrajectoriesResult | undefined;
  if (records) {
    const cached = trajectoryCache.get(records);
    if (cached && cached.recorded === records.recorded) trajectories = cached.result;
    else {
      trajectories = trajectoriesResult(records, plan.stocks.map((stock) => stock.name));
      trajectoryCache.set(records, { recorded: records.recorded, result: trajectories });
    }
  }
  const result: SweepResult = { ...contract, ...(trajectories ? { trajectories } : {}), ...(sensitivity ? { sensitivity } : {}) };
  return { request, summary, result, final };
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
