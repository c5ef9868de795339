import type { ScalingLawParams } from '../presets/scaling-law-presets.js';
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

/** How close a fit must come to BESIROGLU_2024.estimate, relatively, to replicate it (E 0.1%, alpha 0.5%, beta 1%, A 3%, B 5%). */
const REPLICATION_TOLERANCE = { E: 0.001, alpha: 0.005, beta: 0.01, A: 0.03, B: 0.05 } as const;

/** The parameters of `law` outside REPLICATION_TOLERANCE of the published estimate, with their relative errors (none: replicated). */
export function missesOfBesiroglu2024(law: ScalingLawParams): Array<{ parameter: string; relativeError: number }> {
  return (Object.keys(REPLICATION_TOLERANCE) as Array<keyof typeof REPLICATION_TOLERANCE>)
    .map((parameter) => ({ parameter, relativeError: Math.abs(law[parameter] / BESIROGLU_2024.estimate[parameter] - 1) }))
    .filter(({ parameter, relativeError }) => !(relativeError < REPLICATION_TOLERANCE[parameter]));
}
