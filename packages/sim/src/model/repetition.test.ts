import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { repetitionMultiplier } from './repetition.js';

describe('repetitionMultiplier(maxEpochs, rStar)', () => {
  it('is 1 + R*(1 − exp(−(e − 1)/R*)) at the published R* = 15.4 (Muennighoff et al. 2023)', () => {
    expect(repetitionMultiplier(1, 15.4)).toBe(1);
    expect(repetitionMultiplier(4, 15.4)).toBeCloseTo(1 + 15.4 * (1 - Math.exp(-3 / 15.4)), 14);
  });

  it('tends to maxEpochs as R* grows (no decay): m(4, 1e16) = 4, not 1 or 5.44 as 1 − exp(−x) gives', () => {
    // For x = (e − 1)/R* below 2^-53, 1 − exp(−x) is 0 or 2^-53: the series m = 1 + (e − 1)(1 − x/2 + …).
    for (const rStar of [1e15, 1e16, 1e20, 1e300]) expect(repetitionMultiplier(4, rStar)).toBeCloseTo(4, 12);
  });

  it('lies in [1, maxEpochs] for every R* > 0', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e6, noNaN: true }), fc.double({ min: 1e-6, max: 1e300, noNaN: true }), (maxEpochs, rStar) => {
        const m = repetitionMultiplier(maxEpochs, rStar);
        return m >= 1 && m <= maxEpochs * (1 + 1e-15);
      }),
    );
  });
});
