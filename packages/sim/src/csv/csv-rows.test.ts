import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvFormatRows } from 'd3-dsv';
import { csvRows } from './csv-rows.js';

describe('csvRows(text)', () => {
  it('reads quoted cells with commas, quotes and line breaks, and keeps each record\'s first line', () => {
    const text = '\uFEFFparams,note\r\n1e9,"big, ""first"" run"\n\n2e9,"two\nlines"\n3e9, plain \n';
    expect(csvRows(text)).toEqual([
      { cells: ['params', 'note'], line: 1 },
      { cells: ['1e9', 'big, "first" run'], line: 2 },
      { cells: ['2e9', 'two\nlines'], line: 4 },
      { cells: ['3e9', 'plain'], line: 6 },
    ]);
  });

  it('reads back what d3-dsv writes', () => {
    const cell = fc.string().map((s) => s.trim()).filter((s) => s !== '');
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { maxLength: 8 }), (rows) => {
        expect(csvRows(csvFormatRows(rows)).map((row) => row.cells)).toEqual(rows);
      }),
    );
  });
});
