import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addTrajectory, createTrajectoryRecords, pathsYearByYear, shapeTrajectoryRecords, type TrajectoryRecords } from './trajectory-records.js';
import { lnGrowthUntil } from '../engine/reference-engine.js';

const START_YEAR = 2024;
const HORIZON_YEAR = 2040;

/** A schedule of 1–4 segments, breaks anywhere (before startYear, on whole years, between them), increasing. */
const growth = fc.integer({ min: 1, max: 4 }).chain((segments) =>
  fc.record({
    lnRates: fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: segments, maxLength: segments }),
    breakYears: fc
      .array(fc.oneof(fc.integer({ min: 2020, max: 2044 }), fc.double({ min: 2020, max: 2044, noNaN: true })), { minLength: segments - 1, maxLength: segments - 1 })
      .map((years) => years.sort((a, b) => a - b)),
  }),
);

/** Every year's ln tokens (pathsYearByYear) year-major: member k's value at year startYear + y goes to out[y · n + k]. */
function lnTokensByYear(records: TrajectoryRecords, series: number, members: ArrayLike<number>, out: Float64Array): void {
  const n = members.length;
  const yearInto = pathsYearByYear(records, series, members);
  for (let y = 0; y < records.years; y++) yearInto(y, out.subarray(y * n, (y + 1) * n));
}

describe('pathsYearByYear(records, series, members), every year in turn', () => {
  it('lnTokensByYear gives ln0 + scale · lnGrowthUntil(year) of the reference engine at every whole year, bit for bit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ ln0: fc.double({ min: 20, max: 40, noNaN: true }), scale: fc.double({ min: 0.1, max: 3, noNaN: true }), demand: growth, supply: growth }), { minLength: 1, maxLength: 20 }),
        (paths) => {
          const records = createTrajectoryRecords(START_YEAR, HORIZON_YEAR, 1);
          shapeTrajectoryRecords(records, 4, ['trend']);
          for (const path of paths) addTrajectory(records, 0, path.ln0, path.scale, path.demand, [path.ln0 + 1], [path.supply]);
          const n = paths.length;
          // Every other record, in reverse: members need not be all records nor in order.
          const members = paths.map((_, k) => n - 1 - k).filter((k) => k % 2 === 0);
          for (const series of [0, 1]) {
            const out = new Float64Array(records.years * members.length);
            lnTokensByYear(records, series, members, out);
            members.forEach((record, k) => {
              const path = paths[record];
              for (let y = 0; y < records.years; y++) {
                const expected = series === 0 ? path.ln0 + path.scale * lnGrowthUntil(path.demand, START_YEAR, START_YEAR + y) : path.ln0 + 1 + 1 * lnGrowthUntil(path.supply, START_YEAR, START_YEAR + y);
                expect(out[y * members.length + k]).toBe(expected);
              }
            });
          }
        },
      ),
    );
  });

  it('pathsYearByYear of one-segment schedules only (its flat path) gives the same doubles, zero and negative rates included', () => {
    const rate = fc.oneof(fc.constant(0), fc.constant(-0), fc.double({ min: -2, max: 2, noNaN: true }));
    fc.assert(
      fc.property(fc.array(fc.record({ ln0: fc.double({ min: -40, max: 40, noNaN: true }), scale: fc.double({ min: 0, max: 3, noNaN: true }), rate }), { minLength: 1, maxLength: 20 }), (paths) => {
        const records = createTrajectoryRecords(START_YEAR, HORIZON_YEAR, 1);
        shapeTrajectoryRecords(records, 3, ['trend']);
        for (const path of paths) {
          const growth = { lnRates: [path.rate], breakYears: [] };
          addTrajectory(records, 0, path.ln0, path.scale, growth, [path.ln0], [growth]);
        }
        const members = paths.map((_, k) => paths.length - 1 - k);
        const yearInto = pathsYearByYear(records, 0, members);
        const out = new Float64Array(members.length);
        for (let y = 0; y < records.years; y++) {
          yearInto(y, out);
          members.forEach((record, k) => {
            const path = paths[record];
            expect(out[k]).toBe(path.ln0 + path.scale * lnGrowthUntil({ lnRates: [path.rate], breakYears: [] }, START_YEAR, START_YEAR + y));
          });
        }
      }),
    );
  });
});
