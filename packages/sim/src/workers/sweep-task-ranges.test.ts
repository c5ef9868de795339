import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLOCK_SIZE } from '../engine/engine.js';
import { pointsPerTask, sweepTaskRanges } from './sweep-task-ranges.js';

describe('sweepTaskRanges', () => {
  it('cuts samples into whole blocks that cover the range once, in order', () => {
    const samples = 37 * BLOCK_SIZE + 123;
    const ranges = sweepTaskRanges(5 * BLOCK_SIZE, samples, 3);
    expect(ranges[0][0]).toBe(5 * BLOCK_SIZE);
    let next = 5 * BLOCK_SIZE;
    for (const [first, count] of ranges) {
      expect(first).toBe(next);
      expect((first - 5 * BLOCK_SIZE) % BLOCK_SIZE).toBe(0);
      next = first + count;
    }
    expect(next).toBe(5 * BLOCK_SIZE + samples);
  });

  it('covers the samples once, in order, in at most 16 tasks a thread of whole blocks', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 3000 * BLOCK_SIZE }), fc.integer({ min: 1, max: 16 }), fc.integer({ min: 0, max: 2 ** 40 }), (samples, threads, start) => {
      const firstSample = start * BLOCK_SIZE;
      const ranges = sweepTaskRanges(firstSample, samples, threads);
      // Each task starts where the one before ended, is not empty, and is whole blocks but the last.
      const gaps = ranges.filter(([first, count], t) => first !== (t === 0 ? firstSample : ranges[t - 1][0] + ranges[t - 1][1]) || count <= 0 || (t < ranges.length - 1 && count % BLOCK_SIZE !== 0));
      expect(gaps).toEqual([]);
      expect(ranges.length).toBeLessThanOrEqual(16 * threads);
      const [lastFirst, lastCount] = ranges[ranges.length - 1];
      expect(lastFirst + lastCount).toBe(firstSample + samples);
    }));
  });

  it('makes the last two tasks a thread about a quarter of the others when there are blocks enough', () => {
    const ranges = sweepTaskRanges(0, 1e9, 2);
    const blocks = ranges.map(([, count]) => Math.ceil(count / BLOCK_SIZE));
    expect(ranges).toHaveLength(32);
    for (const head of blocks.slice(0, 28)) expect(head).toBeGreaterThanOrEqual(526);
    for (const tail of blocks.slice(28)) expect(tail).toBeLessThanOrEqual(132);
  });

  it('keeps tasks within one block of each other when blocks are few', () => {
    const blocks = sweepTaskRanges(0, 37 * BLOCK_SIZE, 3).map(([, count]) => count / BLOCK_SIZE);
    expect(Math.max(...blocks) - Math.min(...blocks)).toBeLessThanOrEqual(1);
  });
});

describe('pointsPerTask', () => {
  it('runs one point a task for a single sweep, and groups points of few blocks into about 16 tasks a thread, at most 16 points a task', () => {
    expect(pointsPerTask(1, 2, 1)).toBe(1);
    expect(pointsPerTask(101, 16, 1)).toBe(16);
    // 101 points of 2 tasks on 1 thread: 8 groups of 13 points, 16 tasks.
    expect(pointsPerTask(101, 2, 1)).toBe(13);
    expect(pointsPerTask(101, 2, 2)).toBe(7);
    fc.assert(fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 256 }), fc.integer({ min: 1, max: 16 }), (points, tasksPerPoint, threads) => {
      const perTask = pointsPerTask(points, tasksPerPoint, threads);
      expect(perTask).toBeGreaterThanOrEqual(1);
      expect(perTask).toBeLessThanOrEqual(Math.min(16, points));
      // Never fewer tasks than a thread's share would need, unless there are too few points to make them.
      const tasks = Math.ceil(points / perTask) * tasksPerPoint;
      if (perTask > 1) expect(tasks).toBeGreaterThanOrEqual(Math.min(16 * threads, points * tasksPerPoint) / 2);
    }));
  });
});
