import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BLOCK_SIZE } from '../engine/engine.js';
import { shardRange } from './shard-range.js';

describe('shardRange', () => {
  it('shardRange(samples, i, n) tiles [0, samples) with contiguous block-aligned ranges', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 44 }), fc.integer({ min: 1, max: 100_000 }), (samples, count) => {
        let expectedFirst = 0;
        const blocks = Math.ceil(samples / BLOCK_SIZE);
        // Check a handful of shards, including both ends, for speed.
        const indices = [...new Set([1, 2, Math.ceil(count / 2), count - 1, count].filter((i) => i >= 1 && i <= count))];
        for (const index of indices) {
          const { first, end } = shardRange(samples, index, count);
          if (index === 1) expect(first).toBe(0);
          if (index === count) expect(end).toBe(samples);
          expect(first % BLOCK_SIZE).toBe(0);
          expect(end === samples || end % BLOCK_SIZE === 0).toBe(true);
          expect(end).toBeGreaterThanOrEqual(first);
          expect(Math.ceil((end - first) / BLOCK_SIZE)).toBeLessThanOrEqual(Math.ceil(blocks / count));
          if (index > 1) expect(first).toBe(shardRange(samples, index - 1, count).end);
          expectedFirst = end;
        }
        return expectedFirst === samples;
      }),
      { numRuns: 300 },
    );
  });

  it('shardRange splits 10 blocks over 3 shards as 3, 3 and 4 blocks', () => {
    const samples = 10 * BLOCK_SIZE - 5;
    expect([1, 2, 3].map((i) => shardRange(samples, i, 3))).toEqual([
      { first: 0, end: 3 * BLOCK_SIZE },
      { first: 3 * BLOCK_SIZE, end: 6 * BLOCK_SIZE },
      { first: 6 * BLOCK_SIZE, end: samples },
    ]);
  });

  it('shardRange gives empty shards when there are fewer blocks than shards', () => {
    const ranges = Array.from({ length: 7 }, (_, k) => shardRange(1000, k + 1, 7));
    expect(ranges.filter((r) => r.end > r.first)).toEqual([{ first: 0, end: 1000 }]);
  });
});
