import { describe, expect, it } from 'vitest';
import { createSummary } from '@horizon/sim/internal';
import { headlineText, medianStandardError } from './headline.js';

describe('headline', () => {
  it('headlineText(stock, horizon) says the median, its standard error, the 80% interval and P(never)', () => {
    expect(headlineText({ name: 'indexed web', median: 2029.04, medianError: 0.013, p10: 2027.3, p90: 2031.14, pNever: 0 }, 2100)).toBe(
      'indexed web: exhausted in 2029.0 (±0.01), 80%: 2027.3–2031.1; P(never by 2100) 0%',
    );
    expect(headlineText({ name: 'books', median: null, medianError: null, p10: 2090, p90: null, pNever: 0.6 }, 2100)).toBe(
      'books: not exhausted by 2100 in most samples, 80%: 2090.0–after 2100; P(never by 2100) 60.0%',
    );
  });

  it('medianStandardError(summary, stock) of a uniform year on [2030, 2040) is √(¼/n) · 10 years', () => {
    const summary = createSummary(2024, 2100, 1);
    const n = 128_000;
    // 100 samples in each 1/128-year bin from 2030 to 2040: the density is 1/10 per year.
    for (let j = 6 * 128; j < 16 * 128; j++) summary.stocks[0].bins[j] = n / 1280;
    summary.samples = n;
    expect(medianStandardError(summary, 0)).toBeCloseTo(Math.sqrt(0.25 / n) * 10, 6);
  });
});
