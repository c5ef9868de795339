import { parseRunsCsv, type TrainingRun } from './parse-runs-csv.js';

/** Location of the Chinchilla runs shipped in data/, for tests (which read it; this module does no IO). */
export const CHINCHILLA_RUNS_URL = new URL('../../../../data/chinchilla-runs.csv', import.meta.url);

/** The 240 runs Besiroglu et al. 2024 fit, from the CSV's text: all but the five with loss ≥ 3.446995. */
export function replicationRuns(csvText: string): TrainingRun[] {
  return parseRunsCsv(csvText, 'data/chinchilla-runs.csv').filter((run) => run.loss < 3.44);
}

/** Besiroglu et al. 2024's point estimate and bootstrap standard errors on those runs. */
export const BESIROGLU_2024 = {
  estimate: { E: 1.8172, A: 482.01, B: 2085.43, alpha: 0.3478, beta: 0.3658 },
  standardError: { E: 0.03, A: 124.58, B: 1293.23, alpha: 0.02, beta: 0.02 },
} as const;
