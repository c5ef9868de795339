import { closeSync, fsyncSync, linkSync, lstatSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomUUID } from 'node:crypto';

/** Thrown when the destination changed between the check and the write into something not to replace. */
export class DestinationChanged extends Error {}

/**
 * Writes `text` to `path` so that `path` either keeps its old content or holds all of the new: the bytes go
 * to a hidden temporary file in the same folder (same file system, so the final step is atomic), are flushed
 * to disk, and the file then takes `path`'s name. Without `replace` that step is a hard link, which fails if
 * `path` exists (so a file created meanwhile is never replaced); with `replace` it is a rename, done only if
 * `path` is still missing or a regular file, never a device, named pipe, socket, folder or symbolic link. A
 * process killed midway leaves only the temporary file, named `.NAME.XXXXXXXX.tmp`, which shell globs such as
 * `shards/*` skip. Throws the file system's error (a short write included) after removing the temporary file.
 */
export function writeFileAtomic(path: string, text: string, options: { replace: boolean } = { replace: false }): void {
  const temp = join(dirname(path), `.${basename(path)}.${randomUUID().slice(0, 8)}.tmp`);
  const bytes = Buffer.from(text, 'utf8');
  try {
    const fd = openSync(temp, 'wx', 0o644);
    try {
      // A megabyte per call: writeSync may write less than asked (a nearly full disk), and a kill can land
      // between calls. A write that makes no progress is retried a few times, then reported.
      let written = 0;
      let stalled = 0;
      while (written < bytes.length) {
        const count = writeSync(fd, bytes, written, Math.min(CHUNK_BYTES, bytes.length - written));
        if (count === 0 && ++stalled > 100) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
        written += count;
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (options.replace) {
      const existing = lstatOrUndefined(path);
      if (existing && !existing.isFile()) throw new DestinationChanged('it is no longer a regular file');
      renameSync(temp, path);
    } else {
      linkSync(temp, path);
      unlinkSync(temp);
    }
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // Never created, or already renamed.
    }
    if ((error as NodeJS.ErrnoException)?.code === 'EEXIST') throw new DestinationChanged('it was created by something else meanwhile; give --force to replace it');
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
