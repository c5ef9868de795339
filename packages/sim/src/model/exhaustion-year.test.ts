import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exhaustionYear, type PiecewiseGrowth } from './exhaustion-year.js';

const constant = (rate: number): PiecewiseGrowth => ({ breakYears: [], lnRates: [rate] });

/** A growth schedule: increasing break years after 2024 and one ln-rate per segment. */
const schedule = fc
  .uniqueArray(fc.integer({ min: 2025, max: 2090 }), { maxLength: 4 })
  .chain((breaks) =>
    fc.record({
      breakYears: fc.constant([...breaks].sort((a, b) => a - b)),
      lnRates: fc.array(fc.double({ min: -0.2, max: 2, noNaN: true }), { minLength: breaks.length + 1, maxLength: breaks.length + 1 }),
    }),
  );

describe('exhaustionYear', () => {
  it('solves a single segment exactly: start + gap / (r_D − r_S)', () => {
    expect(exhaustionYear(2024, 2100, -Math.log(100), 1, constant(Math.log(10)), constant(0))).toBeCloseTo(2026, 12);
  });

  it('returns startYear when demand already meets supply, and Infinity when it never does by the horizon', () => {
    expect(exhaustionYear(2024, 2100, 0, 1, constant(1), constant(0))).toBe(2024);
    expect(exhaustionYear(2024, 2100, 0.5, 1, constant(-1), constant(0))).toBe(2024);
    expect(exhaustionYear(2024, 2030, -10, 1, constant(1), constant(0))).toBe(Infinity);
    expect(exhaustionYear(2024, 2100, -1, 1, constant(0.1), constant(0.2))).toBe(Infinity);
  });

  it('crosses exactly at a break year when the first segment brings the gap to zero there', () => {
    const demand = { breakYears: [2030], lnRates: [0.5, 0] };
    expect(exhaustionYear(2024, 2100, -3, 1, demand, constant(0))).toBeCloseTo(2030, 12);
  });

  it('lies in [startYear, horizonYear] or is Infinity, and the gap is zero there', () => {
    fc.assert(
      fc.property(fc.double({ min: -20, max: 1, noNaN: true }), schedule, schedule, fc.double({ min: 0.2, max: 1.5, noNaN: true }), (gap0, demand, supply, scale) => {
        const year = exhaustionYear(2024, 2100, gap0, scale, demand, supply);
        if (year === Infinity) return;
        expect(year).toBeGreaterThanOrEqual(2024);
        expect(year).toBeLessThanOrEqual(2100);
        if (gap0 < 0) expect(Math.abs(gapAt(year, gap0, scale, demand, supply))).toBeLessThan(1e-9);
      }),
    );
  });

  it('is the first crossing: the gap is negative at every earlier year', () => {
    fc.assert(
      fc.property(fc.double({ min: -20, max: -1e-6, noNaN: true }), schedule, schedule, (gap0, demand, supply) => {
        const year = exhaustionYear(2024, 2100, gap0, 1, demand, supply);
        const end = Math.min(year, 2100);
        for (let t = 2024; t < end - 1e-6; t += 0.25) expect(gapAt(t, gap0, 1, demand, supply)).toBeLessThan(1e-12);
      }),
    );
  });

  it('is never later when demand grows faster, nor earlier when the stock starts larger', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -20, max: 0, noNaN: true }),
        schedule,
        schedule,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        (gap0, demand, supply, extraRate, extraStock) => {
          const base = exhaustionYear(2024, 2100, gap0, 1, demand, supply);
          const faster = { breakYears: demand.breakYears, lnRates: Array.from(demand.lnRates, (r) => r + extraRate) };
          expect(exhaustionYear(2024, 2100, gap0, 1, faster, supply)).toBeLessThanOrEqual(base);
          expect(exhaustionYear(2024, 2100, gap0 - extraStock, 1, demand, supply)).toBeGreaterThanOrEqual(base);
        },
      ),
    );
  });
});

/** ln D − ln S at `year`, integrating the piecewise rates directly. */
function gapAt(year: number, gap0: number, scale: number, demand: PiecewiseGrowth, supply: PiecewiseGrowth): number {
  return gap0 + scale * integrate(demand, year) - integrate(supply, year);
}

function integrate(growth: PiecewiseGrowth, year: number): number {
  let total = 0;
  let from = 2024;
  for (let k = 0; k < growth.lnRates.length; k++) {
    const to = k < growth.breakYears.length ? Math.min(growth.breakYears[k], year) : year;
    if (to > from) total += growth.lnRates[k] * (to - from);
    from = Math.max(from, to);
  }
  return total;
}
