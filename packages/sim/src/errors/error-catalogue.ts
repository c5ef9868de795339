import { InputError } from './input-error.js';
import type { ErrorKind } from './error-kind.js';
import { SCENARIO_ERRORS } from './kinds/scenario-errors.js';
import { DISTRIBUTION_ERRORS } from './kinds/distribution-errors.js';
import { FLAG_ERRORS } from './kinds/flag-errors.js';
import { FILE_ERRORS, OUTPUT_ERRORS } from './kinds/file-errors.js';
import { SHARD_ERRORS } from './kinds/shard-errors.js';
import { WHATIF_ERRORS } from './kinds/whatif-errors.js';
import { FIT_ERRORS } from './kinds/fit-errors.js';
import { LINK_ERRORS } from './kinds/link-errors.js';

export { EXIT_CODES, type ErrorKind } from './error-kind.js';

/**
 * Why a file could not be opened or read, by Node's error code, as a person says it. A code not here is
 * worded by the system's own message.
 */
export const READ_FAILURES: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a folder on its path is a file',
  ELOOP: 'too many symbolic links',
  ERR_INVALID_ARG_VALUE: 'its name holds a NUL character',
};

/** Why a file or the output could not be written, by Node's error code, as a person says it. */
export const WRITE_FAILURES: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on the device',
  EFBIG: 'the file would exceed the largest size allowed',
  EDQUOT: 'disk quota exceeded',
  EIO: 'input/output error',
  EROFS: 'read-only file system',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

/** The reason for a failed file operation: the table's wording of its code, else the first line of its message. */
export function failureReason(table: Readonly<Record<string, string>>, code: unknown, message: string): string {
  return typeof code === 'string' && Object.hasOwn(table, code) ? table[code] : message.split('\n')[0];
}

/** The kinds by where they arise, in the order docs/errors.md lists them. */
export const ERROR_GROUPS = [
  { title: 'Scenario', kinds: SCENARIO_ERRORS },
  { title: 'Distributions and correlations', kinds: DISTRIBUTION_ERRORS },
  { title: 'Command line', kinds: FLAG_ERRORS },
  { title: 'Input files', kinds: FILE_ERRORS },
  { title: 'Output', kinds: OUTPUT_ERRORS },
  { title: 'Shard files and merge', kinds: SHARD_ERRORS },
  { title: 'What-if sweeps', kinds: WHATIF_ERRORS },
  { title: 'Fit and trend', kinds: FIT_ERRORS },
  { title: 'Web links', kinds: LINK_ERRORS },
] as const satisfies ReadonlyArray<{ title: string; kinds: Record<string, ErrorKind<never>> }>;

/** Every kind of user-facing error (exit 2), by name: each wording a user can see is one of these. */
export const ERROR_KINDS = {
  ...SCENARIO_ERRORS,
  ...DISTRIBUTION_ERRORS,
  ...FLAG_ERRORS,
  ...FILE_ERRORS,
  ...OUTPUT_ERRORS,
  ...SHARD_ERRORS,
  ...WHATIF_ERRORS,
  ...FIT_ERRORS,
  ...LINK_ERRORS,
} satisfies Record<string, ErrorKind<never>>;

export type ErrorKindName = keyof typeof ERROR_KINDS;

type KindArgs<K extends ErrorKindName> = Parameters<(typeof ERROR_KINDS)[K]['rule']>;

/** The InputError of kind `name` at `path` (a JSON path, flag or file), worded by the catalogue. */
export function inputError<K extends ErrorKindName>(name: K, path: string, ...args: KindArgs<K>): InputError {
  const rule = (ERROR_KINDS[name].rule as (...a: KindArgs<K>) => string)(...args);
  return new InputError(path, rule, name);
}
