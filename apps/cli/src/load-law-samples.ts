import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { InputError, parseLawDrawsCsv, quoteExcerpt } from '@horizon/sim';
import { readInputFile } from './read-input-file.js';

/** Largest draws file read: 10^6 draws of five numbers at full precision take about 90 MB. */
const MAX_DRAWS_BYTES = 128 * 1024 * 1024;

/**
 * Reads `"scalingLaw": {"samples": FILE}`: FILE is relative to the scenario's folder and holds joint draws
 * written by `horizon fit` (header E,A,B,alpha,beta). Returns them row-major for `compilePlan`; a missing or
 * malformed file is an InputError naming `path` (the scenario key) or the file's line and column.
 *
 * FILE must lie inside the scenario's folder, or inside one of `allowed` (folders the command line names with
 * `--allow-read`), after following symbolic links: a scenario someone sends you cannot make horizon read
 * `/etc/shadow` or `../../secrets.csv` and quote it back in an error line.
 */
export function loadLawSamples(folder: string, file: string, path: string, allowed: readonly string[] = []): Float64Array {
  confine(folder, file, path, allowed);
  return parseLawDrawsCsv(readInputFile(folder, file, path, MAX_DRAWS_BYTES), file);
}

function confine(folder: string, file: string, path: string, allowed: readonly string[]): void {
  const folders = [folder, ...allowed.map((dir) => resolve(dir))];
  const target = resolve(folder, file);
  const refuse = () =>
    new InputError(path, `${quoteExcerpt(file, 80)} is outside the scenario's folder; sample files are read from that folder and below (give --allow-read DIR to allow another folder)`);
  if (!folders.some((dir) => inside(dir, target))) throw refuse();
  const real = realOrUndefined(target);
  // A file that is not there is reported by the read; one that is must also be inside once links are followed.
  if (real !== undefined && !folders.some((dir) => inside(realOrUndefined(dir) ?? dir, real))) throw refuse();
}

function inside(folder: string, target: string): boolean {
  const rel = relative(folder, target);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

function realOrUndefined(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}
