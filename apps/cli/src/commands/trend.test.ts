import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseTrendDrawsCsv } from '@horizon/sim/internal';
import { runCli } from '../test-io.js';
import { scratchFolder } from '../../../../test-support/scratch-folder.js';

const FRONTIER = fileURLToPath(new URL('../../../../data/frontier-runs.csv', import.meta.url));

function folderWithRuns(): string {
  const folder = scratchFolder('trend');
  copyFileSync(FRONTIER, join(folder, 'runs.csv'));
  return folder;
}

describe('horizon trend', () => {
  it('fits the shipped runs, writes year,tokens0,growthPerYear draws and prints JSON in a pipe', async () => {
    const cwd = folderWithRuns();
    const { code, stdout, stderr } = await runCli(['trend', 'runs.csv', '--bootstrap', '200', '--seed', '7', '--out', 'trend.csv'], { cwd });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ runs: 22, largestRuns: 20, referenceYear: 2026.11, refits: 200 });
    const draws = parseTrendDrawsCsv(readFileSync(join(cwd, 'trend.csv'), 'utf8'), 'trend.csv');
    expect(draws.length).toBe(600);
    expect(report.growthPerYear.p2_5).toBeLessThan(report.growthPerYear.estimate);
  });

  it('a scenario reads the draws through "trend": {"samples": FILE}, relative to its folder', async () => {
    const cwd = folderWithRuns();
    await runCli(['trend', 'runs.csv', '--bootstrap', '100', '--out', 'trend.csv'], { cwd });
    const scenario = {
      name: 'fitted', startYear: 2025, horizonYear: 2060,
      demand: { mode: 'trend', trend: { samples: 'trend.csv' } },
      stocks: [{ name: 'web', tokens0: 3e14, growthPerYear: 1.05 }],
    };
    writeFileSync(join(cwd, 'scenario.json'), JSON.stringify(scenario));
    const { code, stdout } = await runCli(['sweep', '--scenario', 'scenario.json', '--samples', '2000', '--engine', 'reference'], { cwd });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).stocks.web.quantiles.p50).toBeGreaterThan(2025);
  });

  it.each([
    [['trend', 'runs.csv'], '--out: is required: the CSV file to write the bootstrap draws to'],
    [['trend', 'runs.csv', '--out', 't.csv', '--within', '-1'], '--within: must be a number of orders of magnitude ≥ 0, got "-1"'],
    [['trend', 'runs.csv', '--out', 't.csv', '--bootstrap', '0'], null],
  ])('refuses %j with one line and exit 2, writing nothing', async (argv, message) => {
    const cwd = folderWithRuns();
    const { code, stderr } = await runCli(argv as string[], { cwd });
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    if (message) expect(stderr.trim()).toBe(message);
    expect(existsSync(join(cwd, 't.csv'))).toBe(false);
  });

  it('refuses runs with too few on distinct dates', async () => {
    const cwd = scratchFolder('trend');
    writeFileSync(join(cwd, 'runs.csv'), 'date,training_tokens\n2024-01-01,1e12\n2024-01-01,2e12\n');
    const { code, stderr } = await runCli(['trend', 'runs.csv', '--out', 't.csv'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toContain('a trend needs at least 3 runs on 2 or more dates');
  });
});
