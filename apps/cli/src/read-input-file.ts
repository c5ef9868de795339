import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from '@horizon/sim';

/** Largest input file read; a bigger one is refused before reading (a scenario is a few kilobytes). */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

/** Reads a UTF-8 text file named by the user, turning every failure into a one-line InputError. */
export function readInputFile(cwd: string, file: string, what: string, maxBytes = MAX_INPUT_BYTES): string {
  const path = resolve(cwd, file);
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new InputError(what, `${file} is a folder, not a file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(what, `cannot read ${file}: ${describeFsError(error)}`);
  }
  if (size > maxBytes) throw new InputError(what, `${file} is ${(size / 1048576).toFixed(1)} MB; at most ${maxBytes / 1048576} MB is read`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new InputError(what, `cannot read ${file}: ${describeFsError(error)}`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new InputError(what, `${file} is not valid UTF-8 text`);
  }
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  return (error as Error)?.message?.split('\n')[0] ?? String(error);
}
