import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SampleStream, drawInputs, formatLawDrawsCsv, standardNormal } from '@horizon/sim/internal';
import { loadScenario } from './load-scenario.js';
import { runCli } from './test-io.js';
import { scratchFolder } from '../../../test-support/scratch-folder.js';

/** `rows` joint draws in which beta = 0.36 − 0.6·(alpha − 0.35) + noise: a clearly negative correlation. */
function correlatedDraws(rows: number, seed: number): Float64Array {
  const stream = new SampleStream(seed);
  const draws = new Float64Array(rows * 5);
  for (let r = 0; r < rows; r++) {
    stream.startSample(r);
    const alpha = 0.35 + 0.02 * standardNormal(stream);
    const beta = 0.36 - 0.6 * (alpha - 0.35) + 0.015 * standardNormal(stream);
    draws.set([1.8 + 0.03 * standardNormal(stream), 480 * Math.exp(0.2 * standardNormal(stream)), 2100 * Math.exp(0.5 * standardNormal(stream)), alpha, beta], r * 5);
  }
  return draws;
}

function correlation(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i] / n;
    my += y[i] / n;
  }
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/** A folder with `scenario.json` in it, whose compute demand draws its law from `law/draws.csv`. */
function scenarioFolder(draws: Float64Array): string {
  const folder = scratchFolder('samples');
  mkdirSync(join(folder, 'law'));
  writeFileSync(join(folder, 'law', 'draws.csv'), formatLawDrawsCsv(draws));
  const scenario = {
    name: 'fitted',
    startYear: 2024,
    horizonYear: 2100,
    demand: { mode: 'compute', flops0: 5e25, growthPerYear: 4, scalingLaw: { samples: 'law/draws.csv' } },
    stocks: [{ name: 'web', tokens0: 3e14, growthPerYear: 1.05 }],
  };
  writeFileSync(join(folder, 'scenario.json'), JSON.stringify(scenario));
  return folder;
}

describe('"scalingLaw": {"samples": FILE}', () => {
  it('a sweep draws whole rows of the file, so the alpha–beta correlation of the file is kept', () => {
    const draws = correlatedDraws(2000, 11);
    const folder = scenarioFolder(draws);
    // Loaded from another working folder: FILE is relative to the scenario's folder, not the cwd.
    const { plan } = loadScenario(tmpdir(), join(folder, 'scenario.json'), undefined);
    const demand = plan.demand[0];
    if (demand.mode !== 'compute') throw new Error('expected compute demand');
    const [E, A, B, alpha, beta] = demand.lawSlots;
    const samples = 20000;
    const values = new Float64Array(plan.slotCount);
    const stream = new SampleStream(42);
    const drawn = { alpha: new Float64Array(samples), beta: new Float64Array(samples) };
    const rows = new Set<string>();
    for (let r = 0; r < draws.length; r += 5) rows.add(Array.from(draws.subarray(r, r + 5)).join(','));
    for (let i = 0; i < samples; i++) {
      drawInputs(plan, stream, i, values);
      drawn.alpha[i] = values[alpha];
      drawn.beta[i] = values[beta];
      expect(rows.has([values[E], values[A], values[B], values[alpha], values[beta]].join(','))).toBe(true);
    }
    const fileAlpha = draws.filter((_, k) => k % 5 === 3);
    const fileBeta = draws.filter((_, k) => k % 5 === 4);
    const inFile = correlation(fileAlpha, fileBeta);
    expect(inFile).toBeLessThan(-0.5);
    // 20,000 rows drawn from 2,000: the sample correlation is within a few 1/sqrt(20000) of the file's.
    expect(Math.abs(correlation(drawn.alpha, drawn.beta) - inFile)).toBeLessThan(0.03);
  });

  it('a missing draws file is one line naming the scenario key, exit 2', async () => {
    const folder = scenarioFolder(correlatedDraws(5, 1));
    writeFileSync(join(folder, 'scenario.json'), JSON.stringify({
      name: 'fitted', startYear: 2024, horizonYear: 2100,
      demand: { mode: 'compute', flops0: 5e25, growthPerYear: 4, scalingLaw: { samples: 'nope.csv' } },
      stocks: [{ name: 'web', tokens0: 3e14, growthPerYear: 1.05 }],
    }));
    const { code, stderr, stdout } = await runCli(['sweep', '--scenario', 'scenario.json', '--samples', '1000'], { cwd: folder });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n').at(-1)).toBe('demand.scalingLaw.samples: cannot read nope.csv: no such file');
  });

  it('a draws file with a bad value is one line naming its line and column, exit 2', async () => {
    const folder = scenarioFolder(correlatedDraws(5, 1));
    writeFileSync(join(folder, 'law', 'draws.csv'), 'E,A,B,alpha,beta\n1.8,480,2100,0.35,0.36\n1.8,480,2100,0.35,zero\n');
    const { code, stderr } = await runCli(['sweep', '--scenario', 'scenario.json', '--samples', '1000'], { cwd: folder });
    expect(code).toBe(2);
    expect(stderr.trimEnd().split('\n').at(-1)).toBe('law/draws.csv line 3, column beta: "zero" is not a number; expected beta > 0');
  });
});
