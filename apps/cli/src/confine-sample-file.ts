import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { inputError } from '@horizon/sim/internal';

/**
 * Refuses, naming `path` (the scenario key), a samples FILE that lies outside the scenario's `folder` and
 * outside every folder in `allowed` (those the command line names with `--allow-read`), after following
 * symbolic links: a scenario someone sends you cannot make horizon read `/etc/shadow` or `../../secrets.csv`
 * and quote it back in an error line.
 */
export function confineSampleFile(folder: string, file: string, path: string, allowed: readonly string[]): void {
  const folders = [folder, ...allowed.map((dir) => resolve(dir))];
  const target = resolve(folder, file);
  const refuse = () =>
    inputError('outsideFolder', path, file);
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
