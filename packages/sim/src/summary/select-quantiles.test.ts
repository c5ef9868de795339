import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { selectQuantiles } from './select-quantiles.js';
import { BUCKETED_MIN_VALUES } from './bucketed-order-statistics.js';

/** R-7 on a sorted copy: the definition selectQuantiles must match exactly. */
function sortedQuantile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  return lo + 1 < sorted.length ? sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
}

describe('selectQuantiles(values, n, ps)', () => {
  it('selectQuantiles(values, n, ps) equals R-7 on a sorted copy, for any values and levels in any order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 300 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 9 }),
        (values, ps) => {
          const got = selectQuantiles(Float64Array.from(values), values.length, ps);
          ps.forEach((p, k) => expect(got[k]).toBe(sortedQuantile(values, p)));
        },
      ),
    );
  });

  it('selectQuantiles(values, n, ps) of n copies of one value is that value at every level', () => {
    expect(selectQuantiles(new Float64Array(1000).fill(31.5), 1000, [0.05, 0.5, 0.95])).toEqual([31.5, 31.5, 31.5]);
  });

  it('selectQuantiles(values, n, ps) reads only the first n values', () => {
    expect(selectQuantiles(Float64Array.from([3, 1, 2, 100, 100]), 3, [0, 0.5, 1])).toEqual([1, 2, 3]);
  });
});

describe('selectQuantiles(values, n, ps) of many values', () => {
  it('selectQuantiles(values, n, ps) equals R-7 on a sorted copy for thousands of values, spread or tied', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((x) => (x === 0 ? 0 : x)), { minLength: BUCKETED_MIN_VALUES, maxLength: 9000 }),
          fc.array(fc.integer({ min: -20, max: 20 }), { minLength: BUCKETED_MIN_VALUES, maxLength: 9000 }),
        ),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 9 }),
        (values, ps) => {
          const got = selectQuantiles(Float64Array.from(values), values.length, ps);
          ps.forEach((p, k) => expect(got[k]).toBe(sortedQuantile(values, p)));
        },
      ),
      { numRuns: 40 },
    );
  });
});
