/**
 * The one kind of user-facing error: bad input. Its message is a single line that names the offending path,
 * the value and the rule (docs/scenario.md#errors), e.g. `demand.tokens0.lognormal: p5 (3e13) must be below p95 (1e13)`.
 * The CLI prints only the message and exits 2; anything else that is thrown is a fault of the program (exit 1).
 */
export class InputError extends Error {
  /** The JSON path (or flag, or file) at fault; empty for the whole input. */
  readonly path: string;
  /** The kind of error in the catalogue (./error-catalogue.ts), when it was made from it. */
  readonly kind?: string;

  constructor(path: string, rule: string, kind?: string) {
    super(path ? `${path}: ${rule}` : rule);
    this.name = 'InputError';
    this.path = path;
    if (kind !== undefined) this.kind = kind;
  }
}

/** Formats a number the way a person writes it in a scenario: 3e13, not 30000000000000. */
export function formatNumber(value: unknown): string {
  if (typeof value === 'string') return quoteExcerpt(value);
  if (typeof value !== 'number') return JSON.stringify(value) ?? String(value);
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs >= 1e6 || abs < 1e-4)) {
    return value.toExponential().replace('e+', 'e');
  }
  return String(value);
}

/** Joins path segments as `stocks[1].tokens0.lognormal`. */
export function formatPath(segments: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${String(segment)}` : String(segment);
  }
  return out;
}

/**
 * C0 and C1 control characters, DEL, and the Unicode line separators and bidirectional overrides: text that
 * can move a terminal's cursor, recolour it, set its title (OSC) or reorder what a reader sees.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const SHORT_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * `text` with every control character written as a visible escape the way JSON writes it (`\n`, `\u001b`,
 * `\u202e`), safe to print on a terminal.
 */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, (c) => SHORT_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Whether `text` holds a character escapeControl would rewrite. */
export function hasControl(text: string): boolean {
  return new RegExp(CONTROL.source).test(text);
}

/**
 * Whether `text` holds a character no name may hold: C0 and C1 controls, DEL and the line separators.
 * Bidirectional marks are allowed in names (a right-to-left name needs them; the web app isolates names when
 * it shows them) and escaped only where text reaches a terminal (escapeControl).
 */
export function hasUnprintable(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(text);
}

/**
 * A short, quoted, printable excerpt of user text for an error line: at most `max` code points (then "…"),
 * control characters escaped, so a 5 MB line or an escape sequence never reaches the terminal whole.
 */
export function quoteExcerpt(text: string, max = 40): string {
  const points = Array.from(text.slice(0, 4 * max));
  const cut = points.length > max ? points.slice(0, max).join('') + '…' : points.join('');
  return escapeControl(JSON.stringify(cut));
}

/** `error` named at `path` instead: a whole-input error (path "") placed on the file that holds the input. */
export function placeAt(error: InputError, path: string): InputError {
  return new InputError(path, error.message, error.kind);
}
