import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { StockResult, SweepResult } from './sweep-result.js';
import { csvCell, formatResultCsv } from './result-csv.js';

const stock = (quantiles: StockResult['quantiles'], pAlready: number, pNever: number, cdf: number[]): StockResult => ({
  quantiles,
  pAlready,
  pNever,
  cdf: cdf.map((p, k) => ({ year: 2024 + k, p })),
});

const result = {
  horizon: { version: '0.0.0', stream: 1 },
  scenario: 'two stocks',
  scenarioDigest: 'sha256:0',
  samples: 4,
  seed: 1,
  startYear: 2024,
  horizonYear: 2026,
  stocks: Object.fromEntries([
    ['web', stock({ p5: 2024.5, p10: 2024.6, p25: 2025, p50: 2025.25, p75: 2025.5, p90: 2025.75, p95: 2025.9 }, 0, 0, [0, 0.5, 1])],
    ['books, "old"', stock({ p5: 2025, p10: 2025, p25: 2026, p50: null, p75: null, p90: null, p95: null }, 0.25, 0.5, [0.25, 0.25, 0.5])],
  ]),
} as SweepResult;

describe('formatResultCsv(result)', () => {
  it('writes one tidy row per stock and statistic: seven quantiles, pAlready, pNever, then the yearly cdf', () => {
    const lines = formatResultCsv(result).split('\n');
    expect(lines[0]).toBe('stock,statistic,year,value');
    expect(lines.slice(1, 13)).toEqual(['web,p5,,2024.5', 'web,p10,,2024.6', 'web,p25,,2025', 'web,p50,,2025.25', 'web,p75,,2025.5', 'web,p90,,2025.75', 'web,p95,,2025.9', 'web,pAlready,,0', 'web,pNever,,0', 'web,cdf,2024,0', 'web,cdf,2025,0.5', 'web,cdf,2026,1']);
    expect(lines.length).toBe(1 + 2 * 12 + 1);
    expect(lines.at(-1)).toBe('');
  });

  it('leaves a quantile in the never mass empty, and quotes a name with a comma or quote mark', () => {
    const rows = formatResultCsv(result).split('\n').filter((line) => line.startsWith('"books'));
    expect(rows[3]).toBe('"books, ""old""",p50,,');
    expect(rows[8]).toBe('"books, ""old""",pNever,,0.5');
  });
});

describe('csvCell(text)', () => {
  it('quotes per RFC 4180 and defuses spreadsheet formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    for (const lead of ['+', '-', '@', '\t', '\r']) expect(csvCell(`${lead}1`).replace(/^"/, '').startsWith(`'${lead}`)).toBe(true);
  });

  it('reads back to the text (minus the formula guard) with RFC 4180 unquoting', () => {
    const unquote = (cell: string) => (cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell);
    fc.assert(fc.property(fc.string(), (text) => unquote(csvCell(text)) === (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text)));
  });
});
