import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BLOCK_SIZE } from '@horizon/sim';
import { COARSE_SAMPLES, coarseBatchSize, whatIfSchedule } from './what-if-schedule.js';

describe('whatIfSchedule', () => {
  it('whatIfSchedule(points, samples) covers [0, samples) of every point exactly once, in blocks of at most BLOCK_SIZE', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 400_000 }), (points, samples) => {
        const blocks = whatIfSchedule(points, samples);
        for (let point = 0; point < points; point++) {
          const mine = blocks.filter((block) => block.point === point).sort((a, b) => a.first - b.first);
          let next = 0;
          for (const { first, count } of mine) {
            expect(first).toBe(next);
            expect(count).toBeGreaterThan(0);
            expect(count).toBeLessThanOrEqual(BLOCK_SIZE);
            next += count;
          }
          expect(next).toBe(samples);
        }
      }),
    );
  });

  it('whatIfSchedule hands out the coarse pass of every point before any of the rest', () => {
    const blocks = whatIfSchedule(21, 100_000);
    expect(blocks.slice(0, 21)).toEqual(Array.from({ length: 21 }, (_, point) => ({ point, first: 0, count: COARSE_SAMPLES })));
    expect(blocks.slice(21).every((block) => block.first >= COARSE_SAMPLES)).toBe(true);
  });

  it('coarseBatchSize sends the whole coarse pass at once, shared among the idle workers, then one block a message', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 8 }), (coarse, workers) => {
        // Handing out from a fresh schedule with `workers` idle: every coarse entry goes out before any worker is
        // asked twice, in shares differing by at most one, and no batch crosses into the fine pass.
        const shares: number[] = [];
        let next = 0;
        for (let idle = workers; idle > 0 && next < coarse; idle--) {
          const take = coarseBatchSize(next, coarse, idle);
          expect(next + take).toBeLessThanOrEqual(coarse);
          shares.push(take);
          next += take;
        }
        expect(next).toBe(coarse);
        expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(1);
        expect(coarseBatchSize(coarse, coarse, workers)).toBe(1);
        expect(coarseBatchSize(coarse + 5, coarse, workers)).toBe(1);
      }),
    );
  });
});
