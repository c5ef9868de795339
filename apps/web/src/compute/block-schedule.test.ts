import { describe, expect, it } from 'vitest';
import { blockSchedule, withPreview, CHUNK, FIRST_BLOCK, KERNEL_CHUNK } from './block-schedule.js';

describe('blockSchedule', () => {
  it('blockSchedule(samples, chunk) tiles [0, samples) without gaps or overlaps', () => {
    for (const [samples, chunk] of [1, 1000, FIRST_BLOCK, FIRST_BLOCK + 1, 100_000, 1_000_003].flatMap((n) => [[n, CHUNK], [n, KERNEL_CHUNK]])) {
      let next = 0;
      for (const { first, count } of blockSchedule(samples, chunk)) {
        expect(first).toBe(next);
        expect(count).toBeGreaterThan(0);
        next += count;
      }
      expect(next).toBe(samples);
    }
  });

  it('blockSchedule starts with a small first block and never exceeds CHUNK', () => {
    const blocks = blockSchedule(1_000_000);
    expect(blocks[0]).toEqual({ first: 0, count: FIRST_BLOCK, preview: false });
    expect(Math.max(...blocks.map((b) => b.count))).toBe(CHUNK);
    expect(Math.max(...blockSchedule(1_000_000, KERNEL_CHUNK).map((b) => b.count))).toBe(KERNEL_CHUNK);
  });

  it('withPreview puts one unmerged preview block in front only when sections are asked for', () => {
    const blocks = blockSchedule(100_000);
    expect(withPreview(blocks, false)).toEqual(blocks);
    expect(withPreview(blocks, true)).toEqual([{ first: 0, count: FIRST_BLOCK, preview: true }, ...blocks]);
  });
});
