import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { placeRanks } from './place-ranks.js';

describe('placeRanks(values, ranks, left, right)', () => {
  it('placeRanks(values, ranks, 0, n − 1) puts at each rank the value a sort puts there, smaller ones before and larger after', () => {
    fc.assert(
      fc.property(
        // +0 for −0: the two compare equal, so which one a rank holds depends on the order of the values.
        fc.array(fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: -3, max: 3 })).map((x) => (x === 0 ? 0 : x)), { minLength: 1, maxLength: 400 }),
        fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { minLength: 1, maxLength: 14 }),
        (list, fractions) => {
          // Adjacent pairs of ranks, as R-7 asks for, and lone ones.
          const ranks = [...new Set(fractions.flatMap((f, k) => {
            const rank = Math.floor(f * list.length);
            return k % 2 === 0 && rank + 1 < list.length ? [rank, rank + 1] : [rank];
          }))].sort((a, b) => a - b);
          const values = Float64Array.from(list);
          placeRanks(values, ranks, 0, list.length - 1);
          const sorted = [...list].sort((a, b) => a - b);
          for (const rank of ranks) {
            expect(values[rank]).toBe(sorted[rank]);
            for (let i = 0; i < rank; i++) expect(values[i]).toBeLessThanOrEqual(values[rank]);
            for (let i = rank + 1; i < list.length; i++) expect(values[i]).toBeGreaterThanOrEqual(values[rank]);
          }
          expect([...values].sort((a, b) => a - b)).toEqual(sorted);
        },
      ),
    );
  });
});
