import type { TrainingRun } from './parse-runs-csv.js';

/**
 * Training runs prepared for the objective: natural logs of parameters, tokens and loss, and a weight per
 * run (how many times it appears). A bootstrap resample is the same arrays with integer weights, so a refit
 * never copies duplicated rows.
 */
export interface RunSet {
  readonly lnParams: Float64Array;
  readonly lnTokens: Float64Array;
  readonly lnLoss: Float64Array;
  /** Multiplicity of each run in the sum; 1 for the original sample, 0 for a run left out of a resample. */
  readonly weight: Float64Array;
}

/** Takes logs once, so each objective evaluation only does the log-sum-exp. Every weight is 1. */
export function toRunSet(runs: readonly TrainingRun[]): RunSet {
  const count = runs.length;
  const set: RunSet = {
    lnParams: new Float64Array(count),
    lnTokens: new Float64Array(count),
    lnLoss: new Float64Array(count),
    weight: new Float64Array(count).fill(1),
  };
  runs.forEach((run, i) => {
    set.lnParams[i] = Math.log(run.params);
    set.lnTokens[i] = Math.log(run.tokens);
    set.lnLoss[i] = Math.log(run.loss);
  });
  return set;
}

/** The same runs with other weights (e.g. a bootstrap resample's counts). */
export function withWeights(set: RunSet, weight: Float64Array): RunSet {
  if (weight.length !== set.lnLoss.length) throw new Error(`expected ${set.lnLoss.length} weights, got ${weight.length}`);
  return { lnParams: set.lnParams, lnTokens: set.lnTokens, lnLoss: set.lnLoss, weight };
}
