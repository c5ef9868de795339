import { closeSync, lstatSync, openSync, statSync, unlinkSync, type Stats } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { inputError } from '@horizon/sim/internal';
import { describeWriteError } from './output-stream.js';
import { DestinationChanged, writeFileAtomic } from './write-file-atomic.js';

/** A file a command will write (`--out`, `--per-sample`), checked before any work starts. */
export interface OutTarget {
  /** The flag that named it, for messages. */
  readonly flag: string;
  /** The file as typed. */
  readonly out: string;
  /** The file resolved against the working folder. */
  readonly path: string;
  /** `--force` was given: an existing regular file may be replaced. */
  readonly replace: boolean;
}

/**
 * Checks that `out` can be written, before any work: its folder exists and takes new files (a file is created
 * there and removed again, which catches read-only file systems and permissions root alone would pass), and
 * the path is new, or a regular file and `--force` was given. A device, named pipe, socket, folder or
 * symbolic link is never replaced, `--force` or not, nor is any of `inputs` (the files the command reads).
 */
export function checkOutTarget(cwd: string, flag: string, out: string, force: boolean, inputs: readonly string[] = []): OutTarget {
  if (out === '') throw inputError('outEmpty', flag);
  const path = resolve(cwd, out);
  const folder = dirname(path);
  const folderStat = statOrUndefined(folder, statSync);
  if (!folderStat?.isDirectory()) throw inputError('outNoFolder', flag, out, dirname(out), folderStat !== undefined);
  const existing = statOrUndefined(path, lstatSync);
  if (existing) {
    if (existing.isSymbolicLink()) throw inputError('outSymlink', flag, out);
    if (existing.isDirectory()) throw inputError('outFolder', flag, out);
    if (!existing.isFile()) throw inputError('outNotRegular', flag, out, kindOf(existing));
    for (const input of inputs) {
      const read = statOrUndefined(resolve(cwd, input), statSync);
      if (read && read.dev === existing.dev && read.ino === existing.ino) throw inputError('outIsInput', flag, out, input);
    }
    if (!force) throw inputError('outExists', flag, out);
  }
  probeFolder(flag, out, folder);
  return { flag, out, path, replace: force };
}

/** Creates and removes an empty file in `folder`: the one sure test that files can be created there. */
function probeFolder(flag: string, out: string, folder: string): void {
  const probe = join(folder, `.horizon-probe-${randomUUID().slice(0, 8)}.tmp`);
  try {
    closeSync(openSync(probe, 'wx', 0o644));
  } catch (error) {
    throw inputError('writeFailed', flag, out, describeWriteError(error), false);
  }
  unlinkSync(probe);
}

function kindOf(stats: Stats): string {
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

function statOrUndefined(path: string, stat: (path: string) => Stats): Stats | undefined {
  try {
    return stat(path);
  } catch {
    return undefined;
  }
}

/** Writes the whole of `text` to a checked target, atomically (writeFileAtomic); any failure is one line. */
export function writeOutTarget(target: OutTarget, text: string): void {
  try {
    writeFileAtomic(target.path, text, { replace: target.replace });
  } catch (error) {
    const reason = error instanceof DestinationChanged ? error.message : describeWriteError(error);
    throw inputError('writeFailed', target.flag, target.out, reason, true);
  }
}
