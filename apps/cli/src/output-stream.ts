import { writeSync } from 'node:fs';
import { WRITE_FAILURES, failureReason, inputError } from '@horizon/sim/internal';
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
      throw inputError('outputFailed', 'stdout', describeWriteError(error), written);
    }
    if (count === 0 && ++idle > 1000) throw inputError('outputStalled', 'stdout', written);
    if (count > 0) idle = 0;
    written += count;
  }
}

/** The reason of a failed write, as a person reads it. */
export function describeWriteError(error: unknown): string {
  return failureReason(WRITE_FAILURES, (error as NodeJS.ErrnoException)?.code, (error as Error)?.message ?? String(error));
}

const CHUNK_BYTES = 1 << 20;
const pause = new Int32Array(new SharedArrayBuffer(4));

function sleep(milliseconds: number): void {
  Atomics.wait(pause, 0, 0, milliseconds);
}
