import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SCENARIO_PRESETS } from '@horizon/sim';
import { runCli } from './test-io.js';

const folder = mkdtempSync(join(tmpdir(), 'horizon-vary-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('horizon sweep --vary', () => {
  it('prints the what-if JSON: the sweep\'s keys without stocks, then vary and one point per value', async () => {
    const { code, stdout } = await runCli(['sweep', '--samples', '2e4', '--vary', 'training.maxEpochs=1,2,5,10']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(['horizon', 'scenario', 'scenarioDigest', 'samples', 'seed', 'startYear', 'horizonYear', 'vary', 'points']);
    expect(result.vary).toEqual([{ path: 'training.maxEpochs', op: 'set', values: [1, 2, 5, 10] }]);
    expect(result.points.map((p: { at: number[] }) => p.at)).toEqual([[1], [2], [5], [10]]);
    expect(Object.keys(result.points[0].stocks['indexed-web'])).toEqual(['quantiles', 'pAlready', 'pNever', 'cdf']);
  });

  it('a set point\'s stocks are byte for byte those of `horizon sweep` on the scenario with that value written in', async () => {
    const file = join(folder, 'epochs.json');
    writeFileSync(file, JSON.stringify({ ...(SCENARIO_PRESETS.default as object), training: { ...(SCENARIO_PRESETS.default as { training: object }).training, maxEpochs: 5 } }));
    const varied = JSON.parse((await runCli(['sweep', '--samples', '3e4', '--threads', '2', '--vary', 'training.maxEpochs=1,5'])).stdout);
    const written = JSON.parse((await runCli(['sweep', '--samples', '3e4', '--threads', '1', '--scenario', file])).stdout);
    expect(JSON.stringify(varied.points[1].stocks)).toBe(JSON.stringify(written.stocks));
  });

  it('a 2-axis grid has every pair, the first axis slowest, and a tidy CSV with one column per axis', async () => {
    const args = ['sweep', '--samples', '1e4', '--vary', 'training.maxEpochs=1,5', '--vary', 'stocks[indexed-web].tokens0*=0.5..2:3:log'];
    const json = JSON.parse((await runCli(args)).stdout);
    expect(json.points.map((p: { at: number[] }) => p.at)).toEqual([[1, 0.5], [1, 1], [1, 2], [5, 0.5], [5, 1], [5, 2]]);
    const csv = (await runCli([...args, '--format', 'csv'])).stdout.split('\n');
    expect(csv[0]).toBe('training.maxEpochs,stocks[indexed-web].tokens0,stock,statistic,year,value');
    expect(csv[1]).toBe(`1,0.5,indexed-web,p5,,${json.points[0].stocks['indexed-web'].quantiles.p5}`);
  });

  it('the table has a row per point and stock and a sparkline of the median across the axis', async () => {
    const { stdout } = await runCli(['sweep', '--samples', '1e4', '--format', 'table', '--vary', 'training.maxEpochs=1,2,5,10']);
    expect(stdout).toMatch(/^ +10 {2}indexed-web {2}20\d\d\.\d/m);
    expect(stdout).toMatch(/median across training\.maxEpochs:\n {2}indexed-web {2}▁[▁-█]{2}█ {2}20\d\d\.\d → 20\d\d\.\d/);
  });

  it('a 2-axis grid sharded 1, 3 and 7 ways merges, in any order, to the bytes of the unsharded run', async () => {
    const args = ['sweep', '--samples', '2e5', '--seed', '5', '--vary', 'training.maxEpochs=1,3', '--vary', 'stocks[0].tokens0*=0.5..2:3:log'];
    const whole = await runCli(args);
    for (const count of [1, 3, 7]) {
      const files = [];
      for (let index = count; index >= 1; index--) {
        const file = join(folder, `grid-${index}-of-${count}.shard`);
        expect((await runCli([...args, '--shard', `${index}/${count}`, '--out', file])).code).toBe(0);
        files.push(file);
      }
      const merged = await runCli(['merge', ...files]);
      expect(merged.code).toBe(0);
      expect(merged.stdout).toBe(whole.stdout);
    }
  });

  it.each([
    [['--vary', 'stocks[9].tokens0=1e14'], /^--vary: stocks\[9\]\.tokens0 is not an input of default; its inputs are /],
    [['--vary', 'training.maxEpochs=0.5'], /^--vary: training\.maxEpochs = 0\.5 is outside its valid range \(≥ 1\)\n$/],
    [['--vary', 'training.maxEpochs=1..10:101', '--vary', 'training.rStar=1..10:100'], /^--vary: the grid has 10,100 points, more than the 10,000 allowed/],
    [['--vary', 'training.maxEpochs=1', '--explain'], /^--explain: cannot be combined with --vary\n$/],
  ])('%j is one line on stderr and exit 2', async (flags, message) => {
    const { code, stdout, stderr } = await runCli(['sweep', '--samples', '1e3', ...flags]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });
});
