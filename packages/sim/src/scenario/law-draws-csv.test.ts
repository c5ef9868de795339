import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { InputError } from '../errors/input-error.js';
import { formatLawDrawsCsv, keepValidLawDraws, LAW_DRAWS_HEADER, parseLawDrawsCsv } from './law-draws-csv.js';

const draw = fc.tuple(
  fc.double({ min: 0, max: 10, noNaN: true }),
  fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
  fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
  fc.double({ min: 1e-3, max: 2, noNaN: true }),
  fc.double({ min: 1e-3, max: 2, noNaN: true }),
);

describe('law draws CSV', () => {
  it('formatLawDrawsCsv writes the header E,A,B,alpha,beta and one draw a line', () => {
    expect(formatLawDrawsCsv(new Float64Array([1.8172, 482.01, 2085.43, 0.3478, 0.3658]))).toBe(`${LAW_DRAWS_HEADER}\n1.8172,482.01,2085.43,0.3478,0.3658\n`);
  });

  it('parseLawDrawsCsv reads back exactly what formatLawDrawsCsv wrote', () => {
    fc.assert(
      fc.property(fc.array(draw, { minLength: 1, maxLength: 20 }), (rows) => {
        const draws = Float64Array.from(rows.flat());
        expect(Array.from(parseLawDrawsCsv(formatLawDrawsCsv(draws), 'draws.csv'))).toEqual(Array.from(draws));
      }),
    );
  });

  it('parseLawDrawsCsv takes columns in any order and returns rows as E, A, B, alpha, beta', () => {
    expect(Array.from(parseLawDrawsCsv('beta,alpha,B,A,E,note\n0.37,0.35,2000,500,1.8,x\n', 'draws.csv'))).toEqual([1.8, 500, 2000, 0.35, 0.37]);
  });

  it('parseLawDrawsCsv names the file, line and column of a value out of the law\'s domain', () => {
    const bad = (text: string): string => {
      try {
        parseLawDrawsCsv(text, 'draws.csv');
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
        return (error as Error).message;
      }
      throw new Error('expected an InputError');
    };
    expect(bad('E,A,B,alpha,beta\n1.8,500,2000,0.35,0.37\n1.8,500,2000,-0.35,0.37\n')).toBe('draws.csv line 3, column alpha: -0.35 is out of range; expected alpha > 0');
    expect(bad('E,A,B,alpha\n1.8,500,2000,0.35\n')).toBe('draws.csv line 1: missing column "beta"; the header must name E,A,B,alpha,beta');
    expect(bad('E,A,B,alpha,beta\n')).toBe('draws.csv: has a header but no data rows');
  });
});

describe('keepValidLawDraws', () => {
  it('leaves out draws sweep would refuse (negative, zero or infinite exponents, NaN) and counts them', () => {
    const good = [1.8, 482, 2085, 0.35, 0.37];
    const draws = Float64Array.from([...good, 1.8, 482, 2085, 0.35, -0.1, 1.8, Infinity, 2085, 0.35, 0.37, ...good, NaN, 1, 1, 1, 1, 1.8, 482, 2085, 0, 0.37]);
    const { draws: kept, dropped } = keepValidLawDraws(draws);
    expect(dropped).toBe(4);
    expect(Array.from(kept)).toEqual([...good, ...good]);
    expect(parseLawDrawsCsv(formatLawDrawsCsv(kept), 'kept.csv')).toEqual(kept);
  });

  it('keeps E = 0, which the law allows', () => {
    expect(keepValidLawDraws(Float64Array.from([0, 1, 1, 1, 1])).dropped).toBe(0);
  });
});
