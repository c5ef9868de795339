import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bucketedOrderStatistics } from './bucketed-order-statistics.js';

/** The definition: the values at `ranks` of a sorted copy. */
const sortedAt = (values: readonly number[], ranks: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return ranks.map((rank) => sorted[rank]);
};

/** Distinct increasing ranks of n values, from fractions in [0, 1). */
const ranksOf = (n: number, fractions: readonly number[]) => [...new Set(fractions.map((f) => Math.min(n - 1, Math.floor(f * n))))].sort((a, b) => a - b);

// +0 for −0: the two compare equal, so which one a rank holds depends on the order of the values even in a sort.
const value = (v: fc.Arbitrary<number>) => v.map((x) => (x === 0 ? 0 : x));
/** Spread values, values with many ties, and a far outlier among close values. */
const values = fc.oneof(
  fc.array(value(fc.double({ min: -1e6, max: 1e6, noNaN: true })), { minLength: 1, maxLength: 3000 }),
  fc.array(value(fc.integer({ min: -5, max: 5 }).map((k) => k * 0.25)), { minLength: 1, maxLength: 3000 }),
  fc.tuple(fc.array(value(fc.double({ min: 1, max: 2, noNaN: true })), { minLength: 1, maxLength: 3000 }), fc.double({ min: 1e12, max: 1e300, noNaN: true })).map(([close, far]) => [...close, far]),
);

describe('bucketedOrderStatistics(values, n, ranks)', () => {
  it('bucketedOrderStatistics(values, n, ranks) gives the values at those ranks of a sorted copy, for spread, tied and outlying values', () => {
    fc.assert(
      fc.property(values, fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { minLength: 1, maxLength: 14 }), (list, fractions) => {
        const ranks = ranksOf(list.length, fractions);
        const got = bucketedOrderStatistics(Float64Array.from(list), list.length, ranks);
        expect(got && [...got]).toEqual(sortedAt(list, ranks));
      }),
    );
  });

  it('bucketedOrderStatistics(values, n, ranks) leaves the values as they are and reads only the first n', () => {
    const list = Float64Array.from({ length: 5000 }, (_, i) => Math.sin(i) * 1000);
    const copy = list.slice();
    const got = bucketedOrderStatistics(list, 4000, [0, 1999, 3999]);
    expect(list).toEqual(copy);
    expect([...got!]).toEqual(sortedAt([...list.subarray(0, 4000)], [0, 1999, 3999]));
  });

  it('bucketedOrderStatistics(values, n, ranks) declines NaN and infinite values (the caller selects them another way)', () => {
    for (const odd of [NaN, Infinity, -Infinity]) {
      const list = Float64Array.from({ length: 3000 }, (_, i) => i);
      list[1234] = odd;
      expect(bucketedOrderStatistics(list, list.length, [10, 1500])).toBeUndefined();
    }
  });

  it('bucketedOrderStatistics(values, n, ranks) of n copies of one value is that value at every rank', () => {
    expect([...bucketedOrderStatistics(new Float64Array(5000).fill(-2.5), 5000, [0, 250, 4999])!]).toEqual([-2.5, -2.5, -2.5]);
  });
});
