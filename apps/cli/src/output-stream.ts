import { writeSync } from 'node:fs';
import { InputError } from '@horizon/sim';
import type { OutputStream } from './io.js';

/**
 * Thrown when the reader of standard output went away (EPIPE: `horizon schema | head -1`). Not a failure: the
 * reader has what it wanted, so the command ends quietly with status 0, as Unix tools do.
 */
export class OutputClosed extends Error {
  constructor() {
    super('standard output was closed');
  }
}

/**
 * Standard output as a file descriptor written synchronously and completely: every byte is written or the
 * write throws. Node's own process.stdout drops the rest of a short write to a file (a nearly full disk) and
 * reports other failures as an asynchronous 'error' event with a stack; here a closed reader is OutputClosed
 * and any other failure an InputError, one line and exit 2, so a cut-short result never ends with status 0.
 */
export function descriptorOutput(fd: number, terminal: { isTTY?: boolean; columns?: number } = {}): OutputStream {
  return {
    isTTY: terminal.isTTY === true,
    columns: terminal.columns,
    write(text: string) {
      writeAll(fd, Buffer.from(text, 'utf8'));
      return true;
    },
  };
}

function writeAll(fd: number, bytes: Buffer): void {
  let written = 0;
  let idle = 0;
  while (written < bytes.length) {
    let count = 0;
    try {
      count = writeSync(fd, bytes, written, Math.min(CHUNK_BYTES, bytes.length - written));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException)?.code;
      if (code === 'EPIPE') throw new OutputClosed();
      // A non-blocking descriptor (a pipe set up so by the parent) whose reader is slow: wait, then retry.
      if (code === 'EAGAIN') {
        sleep(Math.min(2 ** idle++, 50));
        continue;
      }
      throw new InputError('stdout', `cannot write the output (${describeWriteError(error)}); ${written === 0 ? 'nothing was written' : `only the first ${written} bytes were written, and they are incomplete`}`);
    }
    if (count === 0 && ++idle > 1000) throw new InputError('stdout', `cannot write the output: the system accepts no more bytes; only the first ${written} bytes were written, and they are incomplete`);
    if (count > 0) idle = 0;
    written += count;
  }
}

/** The reason of a failed write, as a person reads it. */
export function describeWriteError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EFBIG':
      return 'the file would exceed the largest size allowed';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'EIO':
      return 'input/output error';
    case 'EROFS':
      return 'read-only file system';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return ((error as Error)?.message ?? String(error)).split('\n')[0];
  }
}

const CHUNK_BYTES = 1 << 20;
const pause = new Int32Array(new SharedArrayBuffer(4));

function sleep(milliseconds: number): void {
  Atomics.wait(pause, 0, 0, milliseconds);
}
