import type { z } from 'zod';
import { formatNumber, formatPath, type InputError } from '../errors/input-error.js';
import { inputError } from '../errors/error-catalogue.js';
import { DIST_KINDS } from '../distributions/dist-schema.js';

type Issue = z.core.$ZodIssue;

/**
 * Turns zod's issues into Horizon's one-line message: the first issue, with the path it names, in words a
 * scenario author understands. For unions (a number or a distribution; a preset name or a law) it follows the
 * branch the input was evidently meant for, so a typo inside `{"lognormal": …}` is reported there and not as
 * "expected a number".
 */
export function formatSchemaIssue(issues: ReadonlyArray<Issue>, input: unknown): InputError {
  const issue = pickIssue(issues, input);
  const path = [...issue.path];
  if (issue.code === 'invalid_union' && 'discriminator' in issue && issue.discriminator) {
    if (path[path.length - 1] !== issue.discriminator) path.push(issue.discriminator);
    return inputError('notAChoice', formatPath(path), ['"trend"', '"compute"'], typeName(valueAt(input, path)));
  }
  const last = path[path.length - 1];
  if ((issue.code === 'custom' || issue.code === 'invalid_union') && typeof last === 'string') {
    const hint = Object.hasOwn(CONTAINER_HINTS, last) ? CONTAINER_HINTS[last] : undefined;
    if (hint) return inputError('wrongType', formatPath(path), hint, typeName(valueAt(input, path)));
  }
  return describeIssue(issue, formatPath(path), valueAt(input, path));
}

/** What a union-typed field accepts, in words, for inputs that match none of its branches. */
const CONTAINER_HINTS: Record<string, string> = {
  scalingLaw: 'a preset name such as "besiroglu2024", {"samples": FILE} or {"E", "A", "B", "alpha", "beta"}',
  demand: 'a demand model {"mode": …} or a list of them',
};

function pickIssue(issues: ReadonlyArray<Issue>, input: unknown, prefix: ReadonlyArray<PropertyKey> = []): Issue {
  const issue = issues[0];
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return issue;
  // An object whose key names no branch (a misspelt kind): every branch rejects that key at its root.
  const value = valueAt(input, [...prefix, ...issue.path]);
  const keyNamesNoBranch = issue.errors.every((branch) => branch.some((b) => b.code === 'unrecognized_keys' && b.path.length === 0) || branch.every((b) => b.code === 'invalid_type' && b.path.length === 0));
  // An empty object where a distribution goes: every branch misses its one key (`{}` is no kind, not a normal missing "normal").
  // A "source" alone is still no kind.
  const emptyMatchesNoBranch = value !== null && typeof value === 'object' && Object.keys(value).filter((key) => key !== 'source').length === 0 && issue.errors.every((branch) => branch.every((b) => b.code === 'invalid_type' && b.path.length <= 1));
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && (keyNamesNoBranch || emptyMatchesNoBranch)) {
    return { ...issue, code: 'custom', message: 'union' } as Issue;
  }
  let best: Issue[] | undefined;
  let bestScore = -Infinity;
  for (const branch of issue.errors) {
    if (branch.length === 0) continue;
    const depth = Math.max(...branch.map((b) => b.path.length));
    const rootTypeMismatch = branch.every((b) => b.code === 'invalid_type' && b.path.length === 0);
    const score = depth * 100 - branch.length - (rootTypeMismatch ? 1000 : 0);
    if (score > bestScore) {
      bestScore = score;
      best = branch;
    }
  }
  if (!best || bestScore <= -1000 + 0) {
    return { ...issue, code: 'custom', message: 'union' } as Issue;
  }
  const inner = pickIssue(best, input, [...prefix, ...issue.path]);
  return { ...inner, path: [...issue.path, ...inner.path] } as Issue;
}

function valueAt(input: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value: unknown = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key as string];
  }
  return value;
}

function typeName(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : formatNumber(value);
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)}`;
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

function describeIssue(issue: Issue, path: string, value: unknown): InputError {
  switch (issue.code) {
    case 'unrecognized_keys':
      return inputError('unknownKey', path, issue.keys[0]);
    case 'invalid_type':
      if (value === undefined) return inputError('required', path, expectedName(issue.expected));
      return inputError('wrongType', path, expectedName(issue.expected), typeName(value));
    case 'invalid_value':
      return inputError('notInList', path, issue.values, typeName(value));
    case 'too_big':
      if (Array.isArray(value)) return inputError('listLength', path, 'at most', Number(issue.maximum), value.length);
      return inputError('nameTooLong', path, Number(issue.maximum), typeof value === 'string' ? value.length : typeName(value));
    case 'too_small':
      return inputError('listLength', path, 'at least', Number(issue.minimum), Array.isArray(value) ? value.length : typeName(value));
    case 'invalid_union':
    case 'custom':
      return unionHint(path, value);
    default:
      // The scenario schema sets up no other check (formats, multiples, keys of records): a new one needs its words here.
      throw new Error(`formatSchemaIssue: no wording for the schema issue ${issue.code} at ${path}`);
  }
}

function unionHint(path: string, value: unknown): InputError {
  if (typeof value === 'number' && !Number.isFinite(value)) return inputError('wrongType', path, 'a finite number', typeName(value));
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    // "source" may sit beside the kind; it is not a kind.
    const keys = Object.keys(value).filter((key) => key !== 'source');
    if (keys.length !== 1) return inputError('distKindCount', path, DIST_KINDS, keys);
    return inputError('unknownDist', path, keys[0], DIST_KINDS);
  }
  return inputError('wrongType', path, 'a number or a distribution such as {"lognormal": {"p5": …, "p95": …}}', typeName(value));
}

function expectedName(expected: string): string {
  switch (expected) {
    case 'number':
      return 'a number';
    case 'string':
      return 'a string';
    case 'object':
      return 'an object';
    case 'array':
    case 'tuple':
      return 'a list';
    default:
      return expected;
  }
}
