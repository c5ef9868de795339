import { expect } from 'vitest';

const ADDED = Symbol.for('horizon.typedArrayEquality');

/**
 * `toEqual` on typed arrays, element by element as vitest compares them (same constructor and length, each
 * element equal by Object.is: NaN equals NaN, 0 does not equal −0), in one loop. vitest's own path walks the
 * elements and then compares `Object.entries` of both arrays, pair by pair: for the 10⁵-element bins and paths
 * the engine tests compare, that was a third of their time. Arrays carrying properties besides their elements
 * are left to vitest.
 */
export function typedArrayEquality(a: unknown, b: unknown): boolean | undefined {
  if (!ArrayBuffer.isView(a) || !ArrayBuffer.isView(b) || a instanceof DataView || b instanceof DataView) return undefined;
  if (a.constructor !== b.constructor) return false;
  const x = a as unknown as ArrayLike<number | bigint>;
  const y = b as unknown as ArrayLike<number | bigint>;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (!Object.is(x[i], y[i])) return false;
  if (Object.keys(a).length !== x.length || Object.keys(b).length !== y.length) return undefined;
  return true;
}

// Setup files run again before every test file; the tester is added once per worker.
const state = globalThis as { [ADDED]?: boolean };
if (!state[ADDED]) {
  expect.addEqualityTesters([typedArrayEquality]);
  state[ADDED] = true;
}
