import { parseTrendDrawsCsv } from '@horizon/sim/internal';
import { confineSampleFile } from './confine-sample-file.js';
import { readInputFile } from './read-input-file.js';

/** Largest trend draws file read: 10^6 draws of three numbers at full precision take about 50 MB. */
const MAX_DRAWS_BYTES = 128 * 1024 * 1024;

/**
 * Reads `"trend": {"samples": FILE}`: FILE is relative to the scenario's folder and holds joint draws written
 * by `horizon trend` (header year,tokens0,growthPerYear). A missing or malformed file is an InputError naming
 * `path` (the scenario key) or the file's line and column. FILE must lie inside the scenario's folder or one of
 * `allowed` (confineSampleFile).
 */
export function loadTrendSamples(folder: string, file: string, path: string, allowed: readonly string[] = []): Float64Array {
  confineSampleFile(folder, file, path, allowed);
  return parseTrendDrawsCsv(readInputFile(folder, file, path, MAX_DRAWS_BYTES), file);
}
