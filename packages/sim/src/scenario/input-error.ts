/**
 * The one kind of user-facing error: bad input. Its message is a single line that names the offending path,
 * the value and the rule (CONTRACT §6), e.g. `demand.tokens0.lognormal: p5 (3e13) must be below p95 (1e13)`.
 * The CLI prints only the message and exits 2; anything else that is thrown is a fault of the program (exit 1).
 */
export class InputError extends Error {
  /** The JSON path (or flag, or file) at fault; empty for the whole input. */
  readonly path: string;

  constructor(path: string, rule: string) {
    super(path ? `${path}: ${rule}` : rule);
    this.name = 'InputError';
    this.path = path;
  }
}

/** Formats a number the way a person writes it in a scenario: 3e13, not 30000000000000. */
export function formatNumber(value: unknown): string {
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
