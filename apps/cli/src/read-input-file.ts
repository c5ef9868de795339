import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from '@horizon/sim';
import { READ_FAILURES, failureReason, inputError } from '@horizon/sim/internal';

/** Largest input file read; a bigger one is refused (a scenario is a few kilobytes). */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

/** Bytes read per call: large enough that a 10 MB file takes a handful of reads. */
const CHUNK_BYTES = 1024 * 1024;

/**
 * Reads a UTF-8 text file named by the user, turning every failure into a one-line InputError. At most
 * `maxBytes` are read whatever the file is (readBounded), so `/dev/zero` or a FIFO cannot fill memory.
 */
export function readInputFile(cwd: string, file: string, what: string, maxBytes = MAX_INPUT_BYTES): string {
  const wording = inputWording(file, what, maxBytes);
  const fd = openForReading(cwd, file, wording.failed);
  let bytes: Buffer;
  try {
    bytes = readBounded(fd, file, what, maxBytes, wording);
  } finally {
    closeSync(fd);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw inputError('notUtf8', what, file);
  }
  // One byte-order mark is allowed (some editors write it); a second is not text anyone meant.
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  if (text.startsWith('\uFEFF')) throw inputError('doubleBom', what, file);
  return text;
}

/** Wordings of readBounded's refusals, so merge can keep naming the file first. */
export interface ReadWording {
  readonly tooBig: (size: string) => InputError;
  readonly folder: () => InputError;
  readonly failed: (reason: string) => InputError;
}

/**
 * The bytes of an open file, at most `maxBytes` whatever it is: a regular file's size is checked first, and a
 * device, FIFO or pipe (whose reported size is 0) is read in chunks and refused as soon as it passes the limit.
 */
export function readBounded(fd: number, file: string, what: string, maxBytes: number, wording: ReadWording = inputWording(file, what, maxBytes)): Buffer {
  const tooBig = wording.tooBig;
  let reported: number;
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw wording.folder();
    reported = stat.isFile() ? stat.size : 0;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw wording.failed(describeFsError(error));
  }
  if (reported > maxBytes) throw tooBig(`${(reported / 1048576).toFixed(1)} MB`);
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    // One byte past the limit is enough to know the file is too big.
    const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, maxBytes + 1 - total));
    let read: number;
    try {
      read = readSync(fd, chunk, 0, chunk.length, null);
    } catch (error) {
      throw wording.failed(describeFsError(error));
    }
    if (read === 0) break;
    chunks.push(chunk.subarray(0, read));
    total += read;
    if (total > maxBytes) throw tooBig(`more than ${maxBytes / 1048576} MB`);
  }
  return Buffer.concat(chunks, total);
}

function inputWording(file: string, what: string, maxBytes: number): ReadWording {
  return {
    tooBig: (size) => inputError('readTooBig', what, file, size, maxBytes / 1048576),
    folder: () => inputError('readFolder', what, file),
    failed: (reason) => inputError('readFailed', what, file, reason),
  };
}

/** Opens `file` for reading, with `failed` wording a refusal. */
export function openForReading(cwd: string, file: string, failed: (reason: string) => InputError): number {
  try {
    return openSync(resolve(cwd, file), 'r');
  } catch (error) {
    throw failed(describeFsError(error));
  }
}

function describeFsError(error: unknown): string {
  return failureReason(READ_FAILURES, (error as NodeJS.ErrnoException)?.code, (error as Error)?.message ?? String(error));
}
