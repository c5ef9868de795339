import { InputError } from './input-error.js';

/**
 * Exit codes of the `horizon` command (docs/errors.md): bad input is the user's to fix and prints one line;
 * a fault is the program's and prints its stack.
 */
export const EXIT_CODES = { ok: 0, fault: 1, input: 2, interrupted: 130, terminated: 143 } as const;

/** One kind of error: what its line names first, its exit code, and its wording with <placeholders>. */
export interface ErrorKind<Args extends readonly unknown[] = readonly never[]> {
  /** What the line starts with (before the colon): a JSON path, a flag, a file, a command. */
  readonly names: string;
  readonly exit: number;
  /** The wording after `names: `, as docs/errors.md shows it. */
  readonly template: string;
  /** The wording after `names: ` for these arguments. */
  readonly rule: (...args: Args) => string;
}

const kind = <Args extends readonly unknown[]>(names: string, template: string, rule: (...args: Args) => string): ErrorKind<Args> => ({
  names,
  exit: EXIT_CODES.input,
  template,
  rule,
});

const quote = (text: string): string => JSON.stringify(text);

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

/**
 * Every kind of user-facing error (exit 2) whose wording is shared by more than one caller, or that names a
 * file or flag. The many rules of the scenario validator and the flag parser are one kind each
 * (`scenarioRule`, `flagRule`): their lines name the path or flag, the value and the rule in their own words.
 */
export const ERROR_KINDS = {
  scenarioRule: kind('the JSON path of the value', '<value> must <rule>', (rule: string) => rule),
  flagRule: kind('the flag or command', '<rule>, e.g. "must be a whole number from 1 to 256"', (rule: string) => rule),
  unknownPreset: kind(
    'the flag or key that names the preset (--preset, presets, scalingLaw, link.preset)',
    'unknown preset "<name>"; known: <presets>',
    (name: string, known: readonly string[]) => `unknown preset ${quote(name)}; known: ${known.join(', ')}`,
  ),
  weightsOverflow: kind(
    'the demand list or the mixture',
    '<the weights> add up to more than the largest number; scale them down (only their ratios matter)',
    (subject: string) => `${subject} add up to more than the largest number; scale them down (only their ratios matter)`,
  ),
  readFailed: kind('the flag or file', 'cannot read <file>: <reason>', (file: string, reason: string) => `cannot read ${file}: ${reason}`),
  readTooBig: kind('the flag or file', '<file> is <size>; at most <limit> MB is read', (file: string, size: string, limitMb: number) => `${file} is ${size}; at most ${limitMb} MB is read`),
  readFolder: kind('the flag or file', '<file> is a folder, not a file', (file: string) => `${file} is a folder, not a file`),
  notUtf8: kind('the flag or file', '<file> is not valid UTF-8 text', (file: string) => `${file} is not valid UTF-8 text`),
  doubleBom: kind('the flag or file', '<file> starts with two byte-order marks; save it as plain UTF-8', (file: string) => `${file} starts with two byte-order marks; save it as plain UTF-8`),
  outEmpty: kind('the --out flag', 'needs a file name', () => 'needs a file name'),
  outNoFolder: kind(
    'the --out flag',
    'cannot write "<file>": its folder "<folder>" does not exist | is not a folder',
    (file: string, folder: string, exists: boolean) => `cannot write ${quote(file)}: its folder ${quote(folder)} ${exists ? 'is not a folder' : 'does not exist'}`,
  ),
  outSymlink: kind('the --out flag', '"<file>" is a symbolic link; horizon replaces only regular files, so give the path it points to', (file: string) => `${quote(file)} is a symbolic link; horizon replaces only regular files, so give the path it points to`),
  outFolder: kind('the --out flag', '"<file>" is a folder; give a file name', (file: string) => `${quote(file)} is a folder; give a file name`),
  outNotRegular: kind('the --out flag', '"<file>" is <a device | a named pipe | a socket>, not a regular file; horizon writes only regular files', (file: string, what: string) => `${quote(file)} is ${what}, not a regular file; horizon writes only regular files`),
  outIsInput: kind('the --out flag', '"<file>" is the file this command reads; write to another file', (file: string, input: string) => `${quote(file)} is ${input === file ? 'the file' : `${quote(input)}, the file`} this command reads; write to another file`),
  outExists: kind('the --out flag', '"<file>" already exists; give --force to replace it', (file: string) => `${quote(file)} already exists; give --force to replace it`),
  writeFailed: kind('the --out flag', 'cannot write "<file>": <reason>[; nothing was written]', (file: string, reason: string, nothingWritten: boolean) => `cannot write ${quote(file)}: ${reason}${nothingWritten ? '; nothing was written' : ''}`),
  outputFailed: kind(
    'stdout',
    'cannot write the output (<reason>); nothing was written | only the first <n> bytes were written, and they are incomplete',
    (reason: string, written: number) => `cannot write the output (${reason}); ${written === 0 ? 'nothing was written' : `only the first ${written} bytes were written, and they are incomplete`}`,
  ),
  outputStalled: kind(
    'stdout',
    'cannot write the output: the system accepts no more bytes; only the first <n> bytes were written, and they are incomplete',
    (written: number) => `cannot write the output: the system accepts no more bytes; only the first ${written} bytes were written, and they are incomplete`,
  ),
  shardTooBig: kind('the shard file', 'is <size>, too large to be a shard file (at most <limit> MB)', (size: string, limitMb: number) => `is ${size}, too large to be a shard file (at most ${limitMb} MB)`),
  shardFolder: kind('the shard file', 'is a folder, not a shard file', () => 'is a folder, not a shard file'),
  shardRefused: kind('the shard file', '<why the file is not a whole, untampered shard of this release>', (rule: string) => rule),
  shardsDisagree: kind('the shard file, or merge', '<how this shard differs from the first>; <what shards of one run share>', (rule: string) => rule),
  sectionTooBig: kind('--trajectories or --explain', 'would need <size> for <what>, <limit>; use fewer stocks or segments', (rule: string) => rule),
} satisfies Record<string, ErrorKind<never>>;

export type ErrorKindName = keyof typeof ERROR_KINDS;

type KindArgs<K extends ErrorKindName> = Parameters<(typeof ERROR_KINDS)[K]['rule']>;

/** The InputError of kind `name` at `path` (a JSON path, flag or file), worded by the catalogue. */
export function inputError<K extends ErrorKindName>(name: K, path: string, ...args: KindArgs<K>): InputError {
  const rule = (ERROR_KINDS[name].rule as (...a: KindArgs<K>) => string)(...args);
  return new InputError(path, rule, name);
}
