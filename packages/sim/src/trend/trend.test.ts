import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SampleStream } from '../random/splitmix64.js';
import { standardNormal } from '../random/normal-ziggurat.js';
import { decimalYear } from './decimal-year.js';
import { largestRuns } from './largest-runs.js';
import { fitLogLinear } from './fit-log-linear.js';
import { bootstrapTrend } from './bootstrap-trend.js';
import { parseTrendRunsCsv } from './parse-trend-runs-csv.js';
import { formatTrendDrawsCsv, parseTrendDrawsCsv, trendRowsAtStart, TREND_DRAW_WIDTH } from '../scenario/trend-draws-csv.js';
import { summarizeTrend } from './trend-summary.js';
import { percentile } from '../math/percentile.js';

describe('decimalYear', () => {
  it('decimalYear(ISO date) is the year plus the fraction elapsed at the date\'s start', () => {
    expect(decimalYear('2024-01-01')).toBe(2024);
    expect(decimalYear('2024-07-02')).toBe(2024 + 183 / 366);
    expect(decimalYear('2023-12-31')).toBe(2023 + 364 / 365);
    expect(decimalYear('2024-02-30')).toBeNull();
    expect(decimalYear('May 2024')).toBeNull();
  });
});

describe('largestRuns', () => {
  it('keeps runs within the given orders of magnitude of the record to date, the record included', () => {
    const runs = [
      { year: 2020, tokens: 1e12 },
      { year: 2021, tokens: 2e11 }, // 0.7 OOM below the 2020 record: dropped
      { year: 2021.5, tokens: 5e11 }, // 0.3 below: kept
      { year: 2022, tokens: 1e13 }, // new record
      { year: 2022, tokens: 2e12 }, // same date as the record, 0.7 below: dropped
    ];
    expect(largestRuns(runs, 0.5).map((run) => run.tokens)).toEqual([1e12, 5e11, 1e13]);
  });
});

describe('fitLogLinear', () => {
  it('recovers an exact line: log10 tokens = 12 + 0.4 (year − 2020)', () => {
    const years = [2018, 2020.5, 2023, 2025.25];
    const logs = years.map((year) => 12 + 0.4 * (year - 2020));
    const fit = fitLogLinear(years, logs, [1, 2, 1, 3], 2026)!;
    expect(fit.slope).toBeCloseTo(0.4, 12);
    expect(fit.log10Tokens).toBeCloseTo(12 + 0.4 * 6, 12);
  });

  it('returns null when all weight sits on one date', () => {
    expect(fitLogLinear([2020, 2021], [12, 13], [2, 0], 2021)).toBeNull();
  });
});

/** Synthetic frontier: `count` runs on uniform dates in [2019, 2026], log10 tokens on a line of known slope plus N(0, sd²) noise. */
function syntheticRuns(seed: number, count: number, slope: number, sd: number) {
  const stream = new SampleStream(seed);
  stream.startSample(0);
  return Array.from({ length: count }, () => {
    const year = 2019 + 7 * stream.uniform();
    return { year, tokens: 10 ** (12 + slope * (year - 2024) + sd * standardNormal(stream)) };
  });
}

describe('bootstrapTrend', () => {
  it('recovers a known growth rate within its 95% bootstrap interval for at least 90 of 100 fixed seeds', () => {
    const slope = 0.4;
    let covered = 0;
    for (let seed = 1; seed <= 100; seed++) {
      const runs = largestRuns(syntheticRuns(seed, 30, slope, 0.15));
      const { draws } = bootstrapTrend(runs, 400, seed, 2026);
      const logGrowth = Float64Array.from({ length: draws.length / TREND_DRAW_WIDTH }, (_, r) => Math.log10(draws[r * TREND_DRAW_WIDTH + 2]));
      if (percentile(logGrowth, 0.025) <= slope && slope <= percentile(logGrowth, 0.975)) covered++;
    }
    expect(covered).toBeGreaterThanOrEqual(90);
  });

  it('draws tokens0 and growth jointly, at the reference year, the same for the same seed', () => {
    const runs = syntheticRuns(3, 20, 0.4, 0.1);
    const a = bootstrapTrend(runs, 50, 9, 2026);
    expect(bootstrapTrend(runs, 50, 9, 2026).draws).toEqual(a.draws);
    for (let r = 0; r < 50; r++) expect(a.draws[r * TREND_DRAW_WIDTH]).toBe(2026);
    const summary = summarizeTrend(a);
    expect(summary.growthPerYear.p2_5).toBeLessThan(summary.growthPerYear.estimate);
    expect(summary.growthPerYear.estimate).toBeLessThan(summary.growthPerYear.p97_5);
  });
});

describe('trend draws CSV', () => {
  it('parseTrendDrawsCsv(formatTrendDrawsCsv(x)) is x, and rows carry tokens0 to startYear at their growth', () => {
    const draws = Float64Array.from([2026.11, 5e13, 2.9, 2026.11, 4.1e13, 2.5]);
    expect(parseTrendDrawsCsv(formatTrendDrawsCsv(draws), 'draws.csv')).toEqual(draws);
    const rows = trendRowsAtStart(draws, 2024);
    expect(Math.exp(rows[0])).toBeCloseTo(5e13 / 2.9 ** 2.11, -2);
    expect(rows[3]).toBeCloseTo(Math.log(2.5), 14);
  });
});

describe('parseTrendRunsCsv', () => {
  it('reads the shipped frontier-runs.csv, whose source column holds quoted commas', () => {
    const text = readFileSync(fileURLToPath(new URL('../../../../data/frontier-runs.csv', import.meta.url)), 'utf8');
    const runs = parseTrendRunsCsv(text, 'frontier-runs.csv');
    expect(runs).toHaveLength(22);
    expect(runs[0]).toEqual({ year: decimalYear('2020-05-28'), tokens: 300e9 });
  });

  it('names the file, line and column of a bad date', () => {
    expect(() => parseTrendRunsCsv('date,training_tokens\n2024-13-01,1e12\n', 'runs.csv')).toThrow('runs.csv line 2, column date: "2024-13-01" is not an ISO date (YYYY-MM-DD)');
  });
});
