import { closeSync, fsyncSync, linkSync, lstatSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomUUID } from 'node:crypto';

/** Thrown when the destination changed between the check and the write into something not to replace. */
export class DestinationChanged extends Error {}

/** A file being written in pieces that appears at its path whole, or not at all. */
export interface AtomicFile {
  /** Appends all of `bytes` (short writes are continued; a write that cannot progress throws). */
  write(bytes: Uint8Array): void;
  /** Flushes to disk and gives the file its name. */
  commit(): void;
  /** Removes the temporary file (after a failure or an interruption). */
  abort(): void;
}

/**
 * Opens `path` for an atomic write: the bytes go to a hidden temporary file in the same folder (same file
 * system, so the final step is atomic), are flushed to disk, and the file then takes `path`'s name. Without
 * `replace` that step is a hard link, which fails if `path` exists (so a file created meanwhile is never
 * replaced); with `replace` it is a rename, done only if `path` is still missing or a regular file, never a
 * device, named pipe, socket, folder or symbolic link. A process killed midway leaves only the temporary
 * file, named `.NAME.XXXXXXXX.tmp`, which shell globs such as `shards/*` skip.
 */
export function createAtomicFile(path: string, options: { replace: boolean } = { replace: false }): AtomicFile {
  const temp = join(dirname(path), `.${basename(path)}.${randomUUID().slice(0, 8)}.tmp`);
  let fd: number | undefined = openSync(temp, 'wx', 0o644);
  const close = (): void => {
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
  };
  return {
    write(bytes) {
      // A megabyte per call: writeSync may write less than asked (a nearly full disk), and a kill can land
      // between calls. A write that makes no progress is retried a few times, then reported.
      let written = 0;
      let stalled = 0;
      while (written < bytes.length) {
        const count = writeSync(fd!, bytes, written, Math.min(CHUNK_BYTES, bytes.length - written));
        if (count === 0 && ++stalled > 100) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
        written += count;
      }
    },
    commit() {
      fsyncSync(fd!);
      close();
      if (options.replace) {
        const existing = lstatOrUndefined(path);
        if (existing && !existing.isFile()) throw new DestinationChanged('it is no longer a regular file');
        renameSync(temp, path);
      } else {
        try {
          linkSync(temp, path);
        } catch (error) {
          if ((error as NodeJS.ErrnoException)?.code === 'EEXIST') throw new DestinationChanged('it was created by something else meanwhile; give --force to replace it');
          throw error;
        }
        unlinkSync(temp);
      }
    },
    abort() {
      try {
        close();
      } catch {
        // Already failing: the removal below is what matters.
      }
      try {
        unlinkSync(temp);
      } catch {
        // Never created, or already renamed.
      }
    },
  };
}

/**
 * Writes `text` to `path` whole or not at all (createAtomicFile). Throws the file system's error (a short
 * write included), or DestinationChanged, after removing the temporary file.
 */
export function writeFileAtomic(path: string, text: string, options: { replace: boolean } = { replace: false }): void {
  const file = createAtomicFile(path, options);
  try {
    file.write(Buffer.from(text, 'utf8'));
    file.commit();
  } catch (error) {
    file.abort();
    throw error;
  }
}

function lstatOrUndefined(path: string): ReturnType<typeof lstatSync> | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

const CHUNK_BYTES = 1 << 20;
