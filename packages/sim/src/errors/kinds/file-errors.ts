import { fixedKind, kind, quote } from '../error-kind.js';
import { quoteExcerpt } from '../input-error.js';

const FILE = 'the flag or file';
const CELL = 'the file, its line and column';

/** Errors reading an input file (a scenario, a CSV of runs or draws) and the formats inside it. */
export const FILE_ERRORS = {
  readFailed: kind(FILE, 'cannot read <file>: <reason>', (file: string, reason: string) => `cannot read ${file}: ${reason}`),
  readTooBig: kind(FILE, '<file> is <size>; at most <limit> MB is read', (file: string, size: string, limitMb: number) => `${file} is ${size}; at most ${limitMb} MB is read`),
  readFolder: kind(FILE, '<file> is a folder, not a file', (file: string) => `${file} is a folder, not a file`),
  notUtf8: kind(FILE, '<file> is not valid UTF-8 text', (file: string) => `${file} is not valid UTF-8 text`),
  doubleBom: kind(FILE, '<file> starts with two byte-order marks; save it as plain UTF-8', (file: string) => `${file} starts with two byte-order marks; save it as plain UTF-8`),
  outsideFolder: kind(
    'the samples key of the scenario',
    '"<file>" is outside the scenario\'s folder; sample files are read from that folder and below (give --allow-read DIR to allow another folder)',
    (file: string) => `${quoteExcerpt(file, 80)} is outside the scenario's folder; sample files are read from that folder and below (give --allow-read DIR to allow another folder)`,
  ),
  invalidJson: kind('the scenario file', 'invalid JSON: <the file is empty | the parser\'s reason>', (why: string) => `invalid JSON: ${why}`),
  jsonSyntax: kind('the scenario file', 'invalid JSON at line <l>, column <c>: <what is wrong>', (line: number, column: number, what: string) => `invalid JSON at line ${line}, column ${column}: ${what}`),
  csvEmpty: kind('the CSV file', 'is empty; expected a header row with columns <columns>', (columns: string) => `is empty; expected a header row with columns ${columns}`),
  csvNoRows: fixedKind('the CSV file', 'has a header but no data rows'),
  csvDuplicateColumn: kind('the CSV file and line', 'column "<name>" appears <n> times', (name: string, times: number) => `column ${quoteExcerpt(name)} appears ${times} times`),
  csvMissingColumn: kind(
    'the CSV file and line',
    'missing column "<name>"[ (found "<Name>": names are case-sensitive)]; the header must name <columns>',
    (name: string, found: string | undefined, columns: string) => `missing column ${quote(name)}${found ? ` (found ${quoteExcerpt(found)}: names are case-sensitive)` : ''}; the header must name ${columns}`,
  ),
  csvEmptyCell: kind(CELL, 'is empty; expected <the column\'s rule>', (rule: string) => `is empty; expected ${rule}`),
  csvNotNumber: kind(CELL, '"<cell>" is not a number; expected <the column\'s rule>', (cell: string, rule: string) => `${quoteExcerpt(cell)} is not a number; expected ${rule}`),
  csvOutOfRange: kind(CELL, '<cell> is out of range; expected <the column\'s rule>', (cell: string, rule: string) => `${cell.length <= 40 ? cell : quoteExcerpt(cell)} is out of range; expected ${rule}`),
  csvNotDate: kind(CELL, '"<cell>" is not an ISO date (YYYY-MM-DD)', (cell: string) => `${quoteExcerpt(cell)} is not an ISO date (YYYY-MM-DD)`),
  csvNotTokens: kind(CELL, '"<cell>" is not a positive number of tokens', (cell: string) => `${quoteExcerpt(cell)} is not a positive number of tokens`),
} as const;

/** What a target's error names: the flag whose file it is, --out for the result or --per-sample for the samples. */
const TARGET = 'the --out or --per-sample flag';

/** Errors writing the result: the --out (or --per-sample) target and standard output. */
export const OUTPUT_ERRORS = {
  outEmpty: fixedKind(TARGET, 'needs a file name'),
  outNoFolder: kind(
    TARGET,
    'cannot write "<file>": its folder "<folder>" does not exist | is not a folder',
    (file: string, folder: string, exists: boolean) => `cannot write ${quote(file)}: its folder ${quote(folder)} ${exists ? 'is not a folder' : 'does not exist'}`,
  ),
  outSymlink: kind(TARGET, '"<file>" is a symbolic link; horizon replaces only regular files, so give the path it points to', (file: string) => `${quote(file)} is a symbolic link; horizon replaces only regular files, so give the path it points to`),
  outFolder: kind(TARGET, '"<file>" is a folder; give a file name', (file: string) => `${quote(file)} is a folder; give a file name`),
  outNotRegular: kind(TARGET, '"<file>" is <a device | a named pipe | a socket>, not a regular file; horizon writes only regular files', (file: string, what: string) => `${quote(file)} is ${what}, not a regular file; horizon writes only regular files`),
  outIsInput: kind(TARGET, '"<file>" is the file this command reads; write to another file', (file: string, input: string) => `${quote(file)} is ${input === file ? 'the file' : `${quote(input)}, the file`} this command reads; write to another file`),
  outExists: kind(TARGET, '"<file>" already exists; give --force to replace it', (file: string) => `${quote(file)} already exists; give --force to replace it`),
  writeFailed: kind(TARGET, 'cannot write "<file>": <reason>[; nothing was written]', (file: string, reason: string, nothingWritten: boolean) => `cannot write ${quote(file)}: ${reason}${nothingWritten ? '; nothing was written' : ''}`),
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
} as const;
