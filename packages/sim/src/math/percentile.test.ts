import { describe, expect, it } from 'vitest';
import { percentile } from './percentile.js';

describe('percentile', () => {
  it('percentile(values, p) interpolates between order statistics (R-7, numpy\'s default)', () => {
    const values = [5, 1, 4, 2, 3];
    expect(percentile(values, 0)).toBe(1);
    expect(percentile(values, 0.5)).toBe(3);
    expect(percentile(values, 1)).toBe(5);
    // numpy.percentile([1, 2, 3, 4, 5], 5) = 1.2, numpy.percentile(..., 95) = 4.8
    expect(percentile(values, 0.05)).toBeCloseTo(1.2, 14);
    expect(percentile(values, 0.95)).toBeCloseTo(4.8, 14);
    expect(values).toEqual([5, 1, 4, 2, 3]);
  });

  it('percentile of no values is NaN', () => {
    expect(percentile([], 0.5)).toBeNaN();
  });
});
