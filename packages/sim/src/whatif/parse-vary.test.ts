import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseVary } from './parse-vary.js';

describe('parseVary', () => {
  it('parseVary("PATH=a,b,c") sets the input to each listed value', () => {
    expect(parseVary('training.maxEpochs=1,2,5,10')).toEqual({ path: 'training.maxEpochs', op: 'set', values: [1, 2, 5, 10] });
  });

  it('parseVary("PATH*=…") scales, and names may hold brackets and dashes', () => {
    expect(parseVary('stocks[indexed-web].tokens0*=0.5,1e0,2')).toEqual({ path: 'stocks[indexed-web].tokens0', op: 'scale', values: [0.5, 1, 2] });
  });

  it('FROM..TO:N gives N evenly spaced values, both ends exact', () => {
    expect(parseVary('x=1..2:5').values).toEqual([1, 1.25, 1.5, 1.75, 2]);
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 2, max: 200 }), (from, to, n) => {
        const { values } = parseVary(`x=${from}..${to}:${n}`);
        expect(values).toHaveLength(n);
        // == rather than Object.is: "-0" on the command line is 0.
        expect(values[0] === from && values[n - 1] === to).toBe(true);
      }),
    );
  });

  it('FROM..TO:N:log gives N geometrically spaced values, both ends exact', () => {
    const { values } = parseVary('x*=0.25..4:9:log');
    expect(values[0]).toBe(0.25);
    expect(values[8]).toBe(4);
    values.forEach((value, k) => expect(value).toBeCloseTo(0.25 * 2 ** (k / 2), 12));
  });

  it.each([
    ['training.maxEpochs', 'expected PATH=VALUES'],
    ['=1,2', 'expected PATH=VALUES'],
    ['x=1,two', 'expected a number, got "two"'],
    ['x=1..2:0', 'number of points'],
    ['x=1..2:1.5', 'number of points'],
    ['x=0..2:3:log', 'log range needs FROM and TO above 0'],
  ])('parseVary(%j) is bad input naming --vary (%s)', (text, message) => {
    expect(() => parseVary(text)).toThrow(/^--vary: /);
    expect(() => parseVary(text)).toThrow(message);
  });
});
