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

/** A bad-input kind (exit 2). */
export const kind = <Args extends readonly unknown[]>(names: string, template: string, rule: (...args: Args) => string): ErrorKind<Args> => ({
  names,
  exit: EXIT_CODES.input,
  template,
  rule,
});

/** A bad-input kind whose wording takes no arguments: its template is its rule. */
export const fixedKind = (names: string, wording: string): ErrorKind<[]> => kind<[]>(names, wording, () => wording);

/** Text quoted as JSON writes a string: "name". */
export const quote = (text: string): string => JSON.stringify(text);

/** "a", "a or b", "a, b or c". */
export const orList = (items: readonly string[]): string => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`);

/** "a", "a and b", "a, b and c". */
export const andList = (items: readonly string[]): string => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);
