import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomUUID } from 'node:crypto';

/**
 * Writes `text` to `path` so that `path` either keeps its old content or holds all of the new: the bytes go
 * to a hidden temporary file in the same folder (same file system, so the rename is atomic), are flushed to
 * disk, and the file is then renamed over `path`. A process killed midway leaves only the temporary file,
 * named `.NAME.XXXXXXXX.tmp`, which shell globs such as `shards/*` skip. Throws the file system's error
 * after removing the temporary file.
 */
export function writeFileAtomic(path: string, text: string): void {
  const temp = join(dirname(path), `.${basename(path)}.${randomUUID().slice(0, 8)}.tmp`);
  const bytes = Buffer.from(text, 'utf8');
  try {
    const fd = openSync(temp, 'wx', 0o644);
    try {
      // A megabyte per call: writeSync may write less than asked, and a kill can land between calls.
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written, Math.min(CHUNK_BYTES, bytes.length - written));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // Never created, or already renamed.
    }
    throw error;
  }
}

const CHUNK_BYTES = 1 << 20;
