import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REDUCED_START_GRID, parseLawDrawsCsv, startGrid } from '@horizon/sim/internal';
import { runCli } from '../test-io.js';
import { fitCommand, type FitFlags } from './fit.js';
import { scratchFolder } from '../../../../test-support/scratch-folder.js';

const CHINCHILLA = new URL('../../../../data/chinchilla-runs.csv', import.meta.url);
const LAW = { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 };

/** A temporary folder holding `runs.csv`: 25 runs of LAW with ±0.3% fixed pseudo-noise and an extra column. */
function folderWithRuns(): string {
  const folder = scratchFolder('fit');
  const lines = ['params,tokens,loss,note'];
  for (const params of [1e7, 1e8, 1e9, 1e10, 1e11]) {
    for (const tokensPerParam of [2, 8, 20, 80, 300]) {
      const tokens = params * tokensPerParam;
      const noise = Math.exp(0.003 * Math.sin(7 * lines.length));
      lines.push(`${params},${tokens},${(LAW.E + LAW.A / params ** LAW.alpha + LAW.B / tokens ** LAW.beta) * noise},x`);
    }
  }
  writeFileSync(join(folder, 'runs.csv'), `${lines.join('\n')}\n`);
  return folder;
}

/** Runs `fitCommand` in-process on the reduced start grid, capturing output. */
async function fitReduced(file: string, flags: FitFlags, cwd: string, stdoutIsTTY = false): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io = { argv: [], stdout: { write: (t: string) => (stdout += t), isTTY: stdoutIsTTY }, stderr: { write: (t: string) => (stderr += t) }, cwd, cores: 1 };
  const code = await fitCommand(file, flags, io, startGrid(REDUCED_START_GRID));
  return { code, stdout, stderr };
}

describe('horizon fit', () => {
  it('fits runs from the published grid, writes the draws and prints JSON in a pipe', async () => {
    const cwd = folderWithRuns();
    const { code, stdout, stderr } = await runCli(['fit', 'runs.csv', '--bootstrap', '12', '--seed', '3', '--out', 'draws.csv'], { cwd });
    expect(code).toBe(0);
    expect(stderr).toMatch(/^horizon fit: 25 runs, 4,500 starts, 12 bootstrap refits, seed 3\n$/);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ source: 'runs.csv', runs: 25, droppedRuns: 0, starts: 4500, bootstrap: 12, seed: 3, out: 'draws.csv', converged: true, convergedRefits: 12 });
    for (const name of ['E', 'alpha', 'beta'] as const) expect(report.estimate[name]).toBeCloseTo(LAW[name], 1);
    expect(Object.keys(report.intervals)).toEqual(['E', 'A', 'B', 'alpha', 'beta', 'a', 'b', 'tokensPerParameter']);
    expect(report.estimate.a).toBeCloseTo(0.28 / 0.62, 1);
    const text = readFileSync(join(cwd, 'draws.csv'), 'utf8');
    expect(text.split('\n')[0]).toBe('E,A,B,alpha,beta');
    expect(parseLawDrawsCsv(text, 'draws.csv')).toHaveLength(12 * 5);
  });

  it('replicates the published fit on data/chinchilla-runs.csv with --max-loss, as a table on a terminal', async () => {
    const cwd = scratchFolder('fit');
    const { code, stdout } = await fitReduced(CHINCHILLA.pathname, { maxLoss: '3.44', bootstrap: '20', out: 'draws.csv' }, cwd, true);
    expect(code).toBe(0);
    expect(stdout).toMatch(/to 240 runs of .*chinchilla-runs\.csv \(5 with loss ≥ 3\.44 dropped\)/);
    expect(stdout).toMatch(/\nE\s+1\.817\d\s+1\.\d+ – 1\.\d+\n/);
    expect(stdout).toMatch(/\nalpha\s+0\.34\d+\s/);
    expect(stdout).toMatch(/\na = beta\/\(alpha\+beta\)\s+0\.51\d+\s/);
    expect(stdout).toMatch(/\ntokens\/param at 1e24 FLOP\s+1\d\.\d+\s/);
    expect(stdout).toMatch(/Draws: 20 rows in draws\.csv, for "scalingLaw": \{"samples": "draws\.csv"\} in a scenario in the same folder/);
  });

  it('gives the same draws, byte for byte, for the same seed, and other draws for another seed', async () => {
    const cwd = folderWithRuns();
    await fitReduced('runs.csv', { bootstrap: '8', seed: '5', out: 'a.csv' }, cwd);
    await fitReduced('runs.csv', { bootstrap: '8', seed: '5', out: 'b.csv' }, cwd);
    await fitReduced('runs.csv', { bootstrap: '8', seed: '6', out: 'c.csv' }, cwd);
    const read = (name: string): string => readFileSync(join(cwd, name), 'utf8');
    expect(read('b.csv')).toBe(read('a.csv'));
    expect(read('c.csv')).not.toBe(read('a.csv'));
  });

  it('a sweep reads the draws it wrote, relative to the scenario\'s folder', async () => {
    const cwd = folderWithRuns();
    await fitReduced('runs.csv', { bootstrap: '30', out: 'draws.csv' }, cwd);
    const scenario = {
      name: 'fitted',
      startYear: 2024,
      horizonYear: 2100,
      demand: { mode: 'compute', flops0: 5e25, growthPerYear: 4, scalingLaw: { samples: 'draws.csv' } },
      stocks: [{ name: 'web', tokens0: 3e14, growthPerYear: 1.05 }],
    };
    writeFileSync(join(cwd, 'scenario.json'), JSON.stringify(scenario));
    const { code, stdout, stderr } = await runCli(['sweep', '--scenario', join(cwd, 'scenario.json'), '--samples', '2000', '--engine', 'reference']);
    expect(stderr).not.toMatch(/error/);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).stocks.web.quantiles.p50).toBeGreaterThan(2024);
  });

  it.each([
    [['fit', 'runs.csv'], '--out: is required: the CSV file to write the bootstrap draws to'],
    [['fit', 'missing.csv', '--out', 'd.csv'], 'fit: cannot read missing.csv: no such file'],
    [['fit', 'bad.csv', '--out', 'd.csv'], 'bad.csv line 3, column loss: "n/a" is not a number; expected a positive loss'],
    [['fit', 'runs.csv', '--out', 'd.csv', '--format', 'csv'], '--format: must be table or json, got "csv"'],
    [['fit', 'runs.csv', '--out', 'd.csv', '--max-loss', 'low'], '--max-loss: must be a positive number, got "low"'],
    [['fit', 'runs.csv', '--out', 'd.csv', '--bootstrap', '0'], '--bootstrap: must be between 1 and 1e6, got 0'],
    [['fit', 'runs.csv', '--out', 'no/such/folder/d.csv'], '--out: cannot write "no/such/folder/d.csv": its folder "no/such/folder" does not exist'],
    [['fit', 'runs.csv', '--out', 'runs.csv'], '--out: "runs.csv" is the file this command reads; write to another file'],
    [['fit', 'runs.csv', '--out', 'd.csv', '--max-loss', '1.97'], "runs.csv (runs with loss < 1.97): 4 distinct (params, tokens) runs cannot determine the law's 5 parameters; give at least 5"],
  ])('horizon %j exits 2 with one line and writes nothing', async (argv, message) => {
    const cwd = folderWithRuns();
    writeFileSync(join(cwd, 'bad.csv'), 'params,tokens,loss\n1e8,2e9,3.1\n1e9,2e10,n/a\n');
    const before = readdirSync(cwd).sort();
    const { code, stdout, stderr } = await runCli(argv, { cwd });
    expect(stderr).toBe(`${message}\n`);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(readdirSync(cwd).sort()).toEqual(before);
    expect(existsSync(join(cwd, 'd.csv'))).toBe(false);
  });
});
