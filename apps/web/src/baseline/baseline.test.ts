import { describe, expect, it } from 'vitest';
import type { SweepResult } from '@horizon/sim';
import { medianDelta, signedYears } from './baseline.js';

const result = (medians: Record<string, number | null>) =>
  ({ stocks: Object.fromEntries(Object.entries(medians).map(([name, p50]) => [name, { quantiles: { p50 } }])) }) as unknown as SweepResult;

describe('baseline', () => {
  it('medianDelta(current, baseline, stock) is the current median minus the pinned one, null past the horizon or for a new stock', () => {
    const now = result({ web: 2030.25, books: null, code: 2041 });
    const then = result({ web: 2028.5, books: 2050 });
    expect(medianDelta(now, then, 'web')).toBeCloseTo(1.75, 12);
    expect(medianDelta(now, then, 'books')).toBeNull();
    expect(medianDelta(now, then, 'code')).toBeNull();
  });

  it('signedYears writes a signed difference to 0.01 year with a true minus sign', () => {
    expect(signedYears(1.754)).toBe('+1.75');
    expect(signedYears(-0.5)).toBe('−0.50');
    expect(signedYears(0.001)).toBe('±0.00');
    expect(signedYears(null)).toBe('—');
  });
});
