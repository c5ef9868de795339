import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvRows } from '@horizon/sim';
import { runCli } from './test-io.js';

let folder: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'horizon-per-sample-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const SWEEP = ['sweep', '--preset', 'contract-example', '--samples', '20000', '--seed', '5', '--format', 'json'];

describe('sweep --per-sample FILE.csv', () => {
  it('writes one row per sample whose years are the ones the result counts', async () => {
    const cwd = mkdtempSync(join(folder, 'csv-'));
    const { code, stdout } = await runCli([...SWEEP, '--per-sample', 'samples.csv'], { cwd });
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(stdout).toBe((await runCli(SWEEP, { cwd })).stdout);
    const [header, ...rows] = csvRows(readFileSync(join(cwd, 'samples.csv'), 'utf8'));
    expect(header.cells).toEqual(['sample', 'demand.tokens0', 'demand.growthPerYear[0].factor', 'demand.growthPerYear[1].factor', 'training.maxEpochs', 'training.rStar', 'stocks[0].tokens0', 'stocks[0].growthPerYear', 'stocks[0].usableFraction', 'stocks[1].tokens0', 'stocks[1].growthPerYear', 'stocks[1].usableFraction', 'year:indexed-web', 'year:high-quality']);
    expect(rows.map((row) => Number(row.cells[0]))).toEqual(Array.from({ length: 20000 }, (_, k) => k));
    expect(rows.every((row) => Number(row.cells[5]) === 15.4)).toBe(true);
    for (const [s, stock] of ['indexed-web', 'high-quality'].entries()) {
      const years = rows.map((row) => row.cells[12 + s]);
      const never = years.filter((year) => year === '').length;
      expect(never / 20000).toBeCloseTo(result.stocks[stock].pNever, 6);
      for (const { year, p } of result.stocks[stock].cdf) {
        const byYear = years.filter((y) => y !== '' && Number(y) <= year).length;
        expect(Math.round((byYear / 20000) * 1e6) / 1e6, `${stock} cdf(${year})`).toBe(p);
      }
    }
  });

  it('writes a shard\'s own samples, so the shards\' rows are the whole run\'s', async () => {
    const cwd = mkdtempSync(join(folder, 'shards-'));
    await runCli([...SWEEP, '--per-sample', 'whole.csv'], { cwd });
    const base = SWEEP.filter((arg) => arg !== '--format' && arg !== 'json');
    for (const index of [1, 2]) {
      expect((await runCli([...base, '--shard', `${index}/2`, '--out', `part-${index}.json`, '--per-sample', `part-${index}.csv`], { cwd })).code).toBe(0);
    }
    const [one, two] = [1, 2].map((index) => readFileSync(join(cwd, `part-${index}.csv`), 'utf8'));
    expect(one + two.slice(two.indexOf('\n') + 1)).toBe(readFileSync(join(cwd, 'whole.csv'), 'utf8'));
  });

  it('refuses another extension, an existing file without --force, and the --out file, before any work', async () => {
    const cwd = mkdtempSync(join(folder, 'refuse-'));
    writeFileSync(join(cwd, 'old.csv'), 'old');
    expect(await runCli([...SWEEP, '--per-sample', 'samples.txt'], { cwd })).toMatchObject({ code: 2, stderr: '--per-sample: "samples.txt" must end in .csv (one row per sample)\n' });
    expect(await runCli([...SWEEP, '--per-sample', 'old.csv'], { cwd })).toMatchObject({ code: 2, stderr: '--per-sample: "old.csv" already exists; give --force to replace it\n' });
    expect((await runCli([...SWEEP, '--per-sample', 'old.csv', '--force'], { cwd })).code).toBe(0);
    expect(readFileSync(join(cwd, 'old.csv'), 'utf8')).toMatch(/^sample,/);
    const sharded = ['sweep', '--preset', 'contract-example', '--samples', '1e4', '--shard', '1/2', '--out', 'p.csv', '--per-sample', 'p.csv'];
    expect(await runCli(sharded, { cwd })).toMatchObject({ code: 2, stderr: '--per-sample: must name another file than --out\n' });
  });
});
