import type { z } from 'zod';
import { formatNumber, formatPath } from '../errors/input-error.js';

type Issue = z.core.$ZodIssue;

/**
 * Turns zod's issues into Horizon's one-line message: the first issue, with the path it names, in words a
 * scenario author understands. For unions (a number or a distribution; a preset name or a law) it follows the
 * branch the input was evidently meant for, so a typo inside `{"lognormal": …}` is reported there and not as
 * "expected a number".
 */
export function formatSchemaIssue(issues: ReadonlyArray<Issue>, input: unknown): { path: string; rule: string } {
  const issue = pickIssue(issues, input);
  const path = [...issue.path];
  if (issue.code === 'invalid_union' && 'discriminator' in issue && issue.discriminator) {
    if (path[path.length - 1] !== issue.discriminator) path.push(issue.discriminator);
    return { path: formatPath(path), rule: `must be "trend" or "compute", got ${typeName(valueAt(input, path))}` };
  }
  const last = path[path.length - 1];
  if ((issue.code === 'custom' || issue.code === 'invalid_union') && typeof last === 'string') {
    const hint = CONTAINER_HINTS[last];
    if (hint) return { path: formatPath(path), rule: `expected ${hint}, got ${typeName(valueAt(input, path))}` };
  }
  return { path: formatPath(path), rule: describeIssue(issue, valueAt(input, path)) };
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

function describeIssue(issue: Issue, value: unknown): string {
  switch (issue.code) {
    case 'unrecognized_keys': {
      const key = issue.keys[0];
      return `unknown key ${JSON.stringify(key)}`;
    }
    case 'invalid_type':
      if (value === undefined) return `is required (${expectedName(issue.expected)})`;
      return `expected ${expectedName(issue.expected)}, got ${typeName(value)}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${typeName(value)}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)} characters, got ${typeof value === 'string' ? value.length : typeName(value)}`;
    case 'invalid_union':
      return unionHint(value);
    case 'custom':
      return unionHint(value);
    default:
      return issue.message;
  }
}

function unionHint(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return `expected a finite number, got ${typeName(value)}`;
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    // "source" may sit beside the kind; it is not a kind.
    const keys = Object.keys(value).filter((key) => key !== 'source');
    if (keys.length !== 1) {
      return `a distribution has exactly one kind (fixed, normal, lognormal, uniform, loguniform, triangular or mixture), got ${keys.length === 0 ? 'none' : keys.map((k) => JSON.stringify(k)).join(', ')}`;
    }
    return `unknown distribution ${JSON.stringify(keys[0])}; use fixed, normal, lognormal, uniform, loguniform, triangular or mixture`;
  }
  return `expected a number or a distribution such as {"lognormal": {"p5": …, "p95": …}}, got ${typeName(value)}`;
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
      return 'a list';
    default:
      return expected;
  }
}
