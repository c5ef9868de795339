import { describe, expect, it } from 'vitest';
import { BINS_PER_YEAR, type StockCounts } from '@horizon/sim/internal';
import { sparkline } from './sparkline.js';

/** Counts over 2024–2034 with `n` samples at each given year (put in the bin just after it). */
function counts(at: Record<number, number>, already = 0): StockCounts {
  const bins = new Float64Array(10 * BINS_PER_YEAR);
  for (const [year, n] of Object.entries(at)) bins[(Number(year) - 2024) * BINS_PER_YEAR] += n;
  return { already, never: 0, bins };
}

describe('sparkline(counts, startYear, fromYear, toYear, width)', () => {
  it('is one character per slice of years, the tallest slice a full block and empty slices blank', () => {
    // 10 years in 10 characters: one year each.
    expect(sparkline(counts({ 2025: 8, 2027: 4, 2030: 1 }), 2024, 2024, 2034, 10)).toBe(' █ ▅  ▂   ');
  });

  it('scales bars to the peak: mass m of peak M is bar floor(8 m / M), at least the lowest bar', () => {
    const line = sparkline(counts({ 2024: 16, 2025: 8, 2026: 2, 2027: 1 }), 2024, 2024, 2028, 4);
    expect(line).toBe('█▅▂▁');
  });

  it('adds "already" to the first slice when the line starts at startYear', () => {
    expect(sparkline(counts({ 2029: 4 }, 4), 2024, 2024, 2034, 10)).toBe('█    █    ');
    expect(sparkline(counts({ 2029: 4 }, 4), 2024, 2026, 2034, 8)).toBe('   █    ');
  });

  it('is all blanks for no mass, and always `width` characters', () => {
    expect(sparkline(counts({}), 2024, 2024, 2034, 7)).toBe(' '.repeat(7));
    for (const width of [1, 3, 28, 40]) expect([...sparkline(counts({ 2025: 3, 2031: 1 }), 2024, 2024, 2034, width)]).toHaveLength(width);
  });
});
