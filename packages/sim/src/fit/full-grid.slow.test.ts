import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BESIROGLU_2024, CHINCHILLA_RUNS_URL, missesOfBesiroglu2024, replicationRuns } from './chinchilla-runs.fixture.js';
import { bootstrapFits } from './bootstrap-fits.js';
import { DRAW_WIDTH } from '../scenario/law-draws-csv.js';
import { fitScalingLaw } from './fit-scaling-law.js';
import { percentile } from '../math/percentile.js';
import { toRunSet } from './run-set.js';

/**
 * The published procedure at full size: 4,500 starts and 1,000 bootstrap refits (about 20 s and 2 s of CPU on
 * one core). It runs in `npm test` and CI: that buys the replication check at full size; the unit
 * tests run the same code on a 162-start grid.
 */
describe('the full published fit (slow)', () => {
  const runs = replicationRuns(readFileSync(CHINCHILLA_RUNS_URL, 'utf8'));
  let fit: ReturnType<typeof fitScalingLaw>;
  let fitSeconds = 0;
  beforeAll(() => {
    const started = performance.now();
    fit = fitScalingLaw(runs);
    fitSeconds = (performance.now() - started) / 1000;
  });

  it('the 4,500-start fit replicates Besiroglu et al. 2024 within E 0.1%, alpha 0.5%, beta 1%, A 3%, B 5%', () => {
    console.info(`4,500-start fit: ${fitSeconds.toFixed(1)} s`, fit.law);
    expect(fit.converged).toBe(true);
    expect(missesOfBesiroglu2024(fit.law)).toEqual([]);
  });

  it('1,000 bootstrap refits give 90% intervals close to the published standard errors', () => {
    const started = performance.now();
    const { draws, converged } = bootstrapFits(toRunSet(runs), fit.x, { refits: 1000, seed: 1 });
    const bootstrapSeconds = (performance.now() - started) / 1000;
    expect(converged).toBe(1000);
    const names = ['E', 'A', 'B', 'alpha', 'beta'] as const;
    const report: string[] = [`1,000 refits: ${bootstrapSeconds.toFixed(1)} s`];
    names.forEach((name, c) => {
      const column = Float64Array.from({ length: 1000 }, (_, r) => draws[r * DRAW_WIDTH + c]);
      const mean = column.reduce((s, v) => s + v, 0) / 1000;
      const sd = Math.sqrt(column.reduce((s, v) => s + (v - mean) ** 2, 0) / 999);
      const p5 = percentile(column, 0.05);
      const p95 = percentile(column, 0.95);
      report.push(`${name}: sd ${sd.toPrecision(3)} (published ${BESIROGLU_2024.standardError[name]}), 90% [${p5.toPrecision(5)}, ${p95.toPrecision(5)}]`);
      // A normal's 90% interval is ±1.645 SE wide. Published SEs are rounded to one digit (0.02, 0.03).
      const width = (p95 - p5) / (2 * 1.645 * BESIROGLU_2024.standardError[name]);
      expect(width, name).toBeGreaterThan(0.6);
      expect(width, name).toBeLessThan(1.4);
    });
    console.info(report.join('\n'));
  });
});
