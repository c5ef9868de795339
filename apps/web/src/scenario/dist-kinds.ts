import { type Dist } from '@horizon/sim';
import { DIST_PARAMETERS, SIMPLE_DIST_KINDS, Z95, type SimpleDistKind } from '@horizon/sim/internal';

/** The kinds the form edits: a fixed number and the five simple distributions of docs/scenario.md. */
export const EDITABLE_KINDS = SIMPLE_DIST_KINDS;
export type EditableKind = SimpleDistKind;
export type DistKindOf = EditableKind | 'mixture' | 'other';

/** Each kind's parameters, in the order the form shows them (the scenario file's key names). */
export const KIND_PARAMS: Readonly<Record<EditableKind, readonly string[]>> = DIST_PARAMETERS;

/** The kind of a (possibly not yet valid) distribution value; 'other' when it is none of them. */
export function distKind(value: unknown): DistKindOf {
  if (typeof value === 'number') return 'fixed';
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'other';
  // A "source" may sit beside the kind; `{"fixed": N}` is a fixed number that can carry one.
  const keys = Object.keys(value).filter((key) => key !== 'source');
  if (keys.length !== 1) return 'other';
  const key = keys[0];
  if (key === 'mixture') return 'mixture';
  return (EDITABLE_KINDS as readonly string[]).includes(key) ? (key as EditableKind) : 'other';
}

/** The value of parameter `name` of `value` (the number itself for 'fixed'), or undefined. */
export function distParam(value: unknown, name: string): unknown {
  const kind = distKind(value);
  if (kind === 'fixed') return typeof value === 'number' ? value : (value as { fixed: unknown }).fixed;
  if (kind === 'mixture' || kind === 'other') return undefined;
  return (value as Record<string, Record<string, unknown>>)[kind]?.[name];
}

/** A copy of `value` with one parameter set. */
export function withDistParam(value: unknown, name: string, parameter: unknown): unknown {
  const kind = distKind(value);
  if (kind === 'fixed') return typeof value === 'number' ? parameter : { ...(value as object), fixed: parameter };
  if (kind === 'mixture' || kind === 'other') return value;
  const inner = (value as Record<string, Record<string, unknown>>)[kind];
  return { ...(value as object), [kind]: { ...inner, [name]: parameter } };
}

/**
 * `value` re-expressed as another kind, keeping its centre and spread: the new distribution's 5th–95th
 * percentile range (or [min, max]) is the old one's, so switching kinds moves the answer as little as possible
 * (a normal's 5th–95th percentiles are mean ± Z95·sd). A fixed value has no spread of its own: given
 * `remembered` (the distribution it was before it was fixed), it gets that one's spread back, moved to the
 * fixed value (scaled when both are positive, shifted otherwise).
 */
export function convertDist(value: unknown, kind: EditableKind, remembered?: unknown): Dist {
  const [low, high] = distKind(value) === 'fixed' && remembered !== undefined && kind !== 'fixed' ? movedRange(remembered, Number(distParam(value, 'value'))) : roughRange(value);
  const mid = (low + high) / 2;
  const positive = low > 0;
  const geometricMid = positive ? Math.sqrt(low * high) : mid;
  switch (kind) {
    case 'fixed':
      return tidy(positive ? geometricMid : mid);
    case 'normal':
      return { normal: { mean: tidy(mid), sd: tidy((high - low) / (2 * Z95) || Math.abs(mid) * 0.1 || 1) } };
    case 'lognormal': {
      const [p5, p95] = positive && high > low ? [low, high] : spreadAround(Math.abs(geometricMid) || 1);
      return { lognormal: { p5: tidy(p5), p95: tidy(p95) } };
    }
    case 'uniform':
      return high > low ? { uniform: { min: tidy(low), max: tidy(high) } } : { uniform: { min: tidy(mid * 0.8), max: tidy(mid * 1.25) } };
    case 'loguniform': {
      const [min, max] = positive && high > low ? [low, high] : spreadAround(Math.abs(geometricMid) || 1);
      return { loguniform: { min: tidy(min), max: tidy(max) } };
    }
    case 'triangular':
      return high > low
        ? { triangular: { min: tidy(low), mode: tidy(positive ? geometricMid : mid), max: tidy(high) } }
        : { triangular: { min: tidy(mid * 0.8), mode: tidy(mid), max: tidy(mid * 1.25) } };
    default:
      return kind satisfies never;
  }
}

/** `remembered`'s range moved so that its centre is `centre`. */
function movedRange(remembered: unknown, centre: number): [number, number] {
  const [low, high] = roughRange(remembered);
  if (!(high > low) || !Number.isFinite(centre)) return [centre, centre];
  if (low > 0 && centre > 0) {
    const ratio = centre / Math.sqrt(low * high);
    return [low * ratio, high * ratio];
  }
  const shift = centre - (low + high) / 2;
  return [low + shift, high + shift];
}

/** A plausible low and high value of a distribution, for converting between kinds. */
function roughRange(value: unknown): [number, number] {
  const p = (name: string) => Number(distParam(value, name));
  switch (distKind(value)) {
    case 'fixed':
      return [p('value'), p('value')];
    case 'normal':
      return [p('mean') - Z95 * p('sd'), p('mean') + Z95 * p('sd')];
    case 'lognormal':
      return [p('p5'), p('p95')];
    case 'uniform':
    case 'loguniform':
    case 'triangular':
      return [p('min'), p('max')];
    default:
      return [1, 1];
  }
}

function spreadAround(centre: number): [number, number] {
  return [centre / 1.5, centre * 1.5];
}

/** Four significant digits: what a person would type. */
function tidy(x: number): number {
  return Number.isFinite(x) ? Number(x.toPrecision(4)) : 1;
}
