import { InputError } from '@horizon/sim';

/**
 * Reads `"scalingLaw": {"samples": FILE}` (relative to the scenario's folder). The CSV parsing itself lives
 * in packages/sim with `horizon fit`; until then this placeholder refuses such scenarios cleanly.
 */
export function loadLawSamples(_folder: string, _file: string, path: string): Float64Array {
  throw new InputError(path, 'scaling-law samples files are not supported yet');
}
