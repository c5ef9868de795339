import { kind } from '../error-kind.js';

const RUNS = 'the runs CSV file';
const LAW_RANGE = 'E ≥ 0, A, B, alpha, beta > 0, all finite';

/** Errors fitting a scaling law (horizon fit) or a compute trend (horizon trend) from runs. */
export const FIT_ERRORS = {
  tooFewTrendRuns: kind(
    RUNS,
    'has <n> runs among the largest (within <oom> orders of magnitude of the record to date) on <d> dates; a trend needs at least 3 runs on 2 or more dates',
    (runs: number, withinOom: number, dates: number) => `has ${runs} runs among the largest (within ${withinOom} orders of magnitude of the record to date) on ${dates} dates; a trend needs at least 3 runs on 2 or more dates`,
  ),
  tooFewFitRuns: kind(
    RUNS,
    '<n> distinct (params, tokens) runs cannot determine the law\'s <d> parameters; give at least <d>',
    (distinct: number, dimension: number) => `${distinct} distinct (params, tokens) runs cannot determine the law's ${dimension} parameters; give at least ${dimension}`,
  ),
  fitNoOptimum: kind(RUNS, 'the fit reached no finite optimum from any start; check that loss falls with params and tokens', () => 'the fit reached no finite optimum from any start; check that loss falls with params and tokens'),
  fitOutsideRange: kind(
    RUNS,
    `the fit ended outside the law's valid range (${LAW_RANGE}); the runs do not determine the law: add runs or drop outliers with --max-loss`,
    () => `the fit ended outside the law's valid range (${LAW_RANGE}); the runs do not determine the law: add runs or drop outliers with --max-loss`,
  ),
  refitsOutsideRange: kind(
    RUNS,
    `none of the <n> bootstrap refits ended inside the law's valid range (${LAW_RANGE}); nothing to write`,
    (refits: number) => `none of the ${refits} bootstrap refits ended inside the law's valid range (${LAW_RANGE}); nothing to write`,
  ),
} as const;
