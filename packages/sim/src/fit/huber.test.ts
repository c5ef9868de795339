import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { huber, huberDerivative } from './huber.js';

describe('huber', () => {
  it('huber(r, delta) is r²/2 inside delta and delta·(|r| − delta/2) outside', () => {
    expect(huber(0.5e-3, 1e-3)).toBe(0.125e-6);
    expect(huber(-3e-3, 1e-3)).toBeCloseTo(1e-3 * (3e-3 - 0.5e-3), 18);
    expect(huber(0, 1e-3)).toBe(0);
  });

  it('huber is continuous with a continuous derivative at ±delta', () => {
    const delta = 1e-3;
    for (const sign of [-1, 1]) {
      const edge = sign * delta;
      const above = huber(edge * (1 + 1e-12), delta);
      const below = huber(edge * (1 - 1e-12), delta);
      // Both sides move by slope · step = delta · 1e-15 from 0.5 delta².
      expect(Math.abs(above - below)).toBeLessThanOrEqual(3 * delta * delta * 1e-12);
      expect(huber(edge, delta)).toBe(0.5 * delta * delta);
      expect(huberDerivative(edge * (1 + 1e-12), delta)).toBeCloseTo(huberDerivative(edge * (1 - 1e-12), delta), 14);
    }
  });

  it('huberDerivative matches a central difference of huber', () => {
    fc.assert(
      fc.property(fc.double({ min: -0.1, max: 0.1, noNaN: true }), (r) => {
        const h = 1e-9;
        if (Math.abs(Math.abs(r) - 1e-3) < 2 * h) return;
        const numeric = (huber(r + h, 1e-3) - huber(r - h, 1e-3)) / (2 * h);
        expect(huberDerivative(r, 1e-3)).toBeCloseTo(numeric, 9);
      }),
    );
  });
});
