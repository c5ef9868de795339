import { describe, expect, it } from 'vitest';
import { BINS_PER_YEAR, type StockCounts } from './sweep-summary.js';
import { axisEndYear } from './axis-end-year.js';

/** Counts with `mass` samples in the first bin of each given year after 2024. */
function counts(byYear: Record<number, number>, never = 0): StockCounts {
  const bins = new Float64Array(76 * BINS_PER_YEAR);
  for (const [year, mass] of Object.entries(byYear)) bins[(Number(year) - 2024) * BINS_PER_YEAR] = mass;
  return { already: 0, never, bins } as unknown as StockCounts;
}

const summary = (...stocks: StockCounts[]) => ({ startYear: 2024, horizonYear: 2100, samples: 100, stocks });

describe('axisEndYear(summary)', () => {
  it('axisEndYear ends on the multiple of 5 at least a year past the latest 99th percentile', () => {
    // p99 of 99 samples in 2031 and one in 2033 lies in 2031's first bin.
    expect(axisEndYear(summary(counts({ 2031: 99, 2033: 1 })))).toBe(2035);
    expect(axisEndYear(summary(counts({ 2031: 98, 2033: 2 })))).toBe(2035);
    expect(axisEndYear(summary(counts({ 2030: 50, 2034: 50 })))).toBe(2040);
  });

  it('axisEndYear takes the latest stock and spans at least five years', () => {
    expect(axisEndYear(summary(counts({ 2024: 100 }), counts({ 2042: 100 })))).toBe(2045);
    expect(axisEndYear(summary(counts({ 2024: 100 })))).toBe(2030);
  });

  it('axisEndYear is the horizon when a 99th percentile falls in the never mass', () => {
    expect(axisEndYear(summary(counts({ 2030: 90 }, 10)))).toBe(2100);
  });
});
