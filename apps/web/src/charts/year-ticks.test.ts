import { describe, expect, it } from 'vitest';
import { yearTicks } from './year-ticks.js';

describe('yearTicks(from, to, count)', () => {
  it('yearTicks(from, to, count) gives distinct whole years inside the span', () => {
    for (const [from, to] of [[2024, 2026.4], [2023.5, 2031], [2024, 2100], [2020, 2021]]) {
      const ticks = yearTicks(from, to, 10);
      expect(new Set(ticks).size).toBe(ticks.length);
      for (const tick of ticks) {
        expect(Number.isInteger(tick)).toBe(true);
        expect(tick).toBeGreaterThanOrEqual(from);
        expect(tick).toBeLessThanOrEqual(to);
      }
    }
  });

  it('yearTicks(from, to, count) steps by 1 on a short span and by a round number on a long one', () => {
    expect(yearTicks(2024, 2027, 10)).toEqual([2024, 2025, 2026, 2027]);
    expect(yearTicks(2024, 2100, 10)).toEqual([2030, 2040, 2050, 2060, 2070, 2080, 2090, 2100]);
  });
});
