import { describe, expect, it } from 'vitest';
import { InputError } from '../errors/input-error.js';
import { parseRunsCsv } from './parse-runs-csv.js';

const errorOf = (text: string): string => {
  try {
    parseRunsCsv(text, 'runs.csv');
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected an InputError');
};

describe('parseRunsCsv', () => {
  it('parseRunsCsv reads params, tokens and loss in any column order and ignores extra columns', () => {
    const text = 'loss,extra,tokens,params\n3.1,x,2e9,1e8\r\n\n2.5,y,20000000000,1000000000\n';
    expect(parseRunsCsv(text, 'runs.csv')).toEqual([
      { params: 1e8, tokens: 2e9, loss: 3.1 },
      { params: 1e9, tokens: 2e10, loss: 2.5 },
    ]);
  });

  it('parseRunsCsv reads past a quoted comma or line break in an ignored column, and counts lines from the file', () => {
    const text = 'note,params,tokens,loss\n"Chinchilla, 70B",7e10,1.4e12,1.94\n"two\nlines",1e9,2e10,2.5\nx,1e9,,2.5\n';
    expect(parseRunsCsv(text.split('x,1e9')[0], 'runs.csv')).toEqual([
      { params: 7e10, tokens: 1.4e12, loss: 1.94 },
      { params: 1e9, tokens: 2e10, loss: 2.5 },
    ]);
    expect(errorOf(text)).toMatch(/^runs\.csv line 5, column tokens: is empty/);
  });

  it('parseRunsCsv accepts a byte-order mark and quoted header names', () => {
    expect(parseRunsCsv('\uFEFF"params","tokens","loss"\n1,2,3\n', 'runs.csv')).toEqual([{ params: 1, tokens: 2, loss: 3 }]);
  });

  it('parseRunsCsv names the file and line of a missing column, with a hint for a wrong case', () => {
    expect(errorOf('params,loss\n1,2\n')).toBe('runs.csv line 1: missing column "tokens"; the header must name params,tokens,loss');
    expect(errorOf('Params,tokens,loss\n1,2,3\n')).toBe('runs.csv line 1: missing column "params" (found "Params": names are case-sensitive); the header must name params,tokens,loss');
  });

  it('parseRunsCsv names the file, line and column of a bad value', () => {
    expect(errorOf('params,tokens,loss\n1,2,3\n1,abc,3\n')).toBe('runs.csv line 3, column tokens: "abc" is not a number; expected a positive number of tokens');
    expect(errorOf('params,tokens,loss\n-1,2,3\n')).toBe('runs.csv line 2, column params: -1 is out of range; expected a positive number of parameters');
    expect(errorOf('params,tokens,loss\n1,2,0\n')).toBe('runs.csv line 2, column loss: 0 is out of range; expected a positive loss');
    expect(errorOf('params,tokens,loss\n1,2\n')).toBe('runs.csv line 2, column loss: is empty; expected a positive loss');
    expect(errorOf('params,tokens,loss\n1,NaN,2\n')).toBe('runs.csv line 2, column tokens: "NaN" is not a number; expected a positive number of tokens');
  });

  it('parseRunsCsv rejects an empty file and a header without rows', () => {
    expect(errorOf('')).toBe('runs.csv: is empty; expected a header row with columns params,tokens,loss');
    expect(errorOf('params,tokens,loss\n')).toBe('runs.csv: has a header but no data rows');
  });

  it('parseRunsCsv rejects a column named twice', () => {
    expect(errorOf('params,tokens,loss,loss\n1,2,3,4\n')).toBe('runs.csv line 1: column "loss" appears 2 times');
  });
});
