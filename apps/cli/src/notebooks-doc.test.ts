import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvRows } from '@horizon/sim/internal';
import { docExample } from './doc-example.js';
import { installedHorizonBin } from '../../../test-support/installed-horizon-bin.js';

/**
 * docs/notebooks.md, run as printed: the sweeps with `horizon` on the PATH as the README installs it, then the
 * pandas code with Debian's python3 and python3-pandas (which `.ci/run` installs). Its printed numbers are
 * checked against the same questions answered here from the CSV directly.
 */
let folder: string;
let env: NodeJS.ProcessEnv;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'horizon-notebooks-'));
  // Debian's python3 first: it is the one python3-pandas installs into.
  env = { ...process.env, PATH: `${installedHorizonBin()}:/usr/bin:${process.env.PATH}` };
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Each CSV the examples wrote, read once: its rows' cells, the header first. */
const tables = new Map<string, string[][]>();
const column = (file: string, name: string): number[] => {
  if (!tables.has(file)) tables.set(file, csvRows(readFileSync(join(folder, file), 'utf8')).map((row) => row.cells));
  const [header, ...rows] = tables.get(file)!;
  const at = header.indexOf(name);
  return rows.map((cells) => (cells[at] === '' ? Infinity : Number(cells[at])));
};
const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return Number.isInteger(mid) ? (sorted[mid - 1] + sorted[mid]) / 2 : sorted[Math.floor(mid)];
};

describe('docs/notebooks.md', () => {
  it('the pandas examples, run as printed, answer the joint and the conditional question', () => {
    execFileSync('bash', ['-euo', 'pipefail', '-c', docExample('docs/notebooks.md', 'notebooks-sweep')], { cwd: folder, env, stdio: ['ignore', 'pipe', 'pipe'] });
    writeFileSync(join(folder, 'notebook.py'), docExample('docs/notebooks.md', 'notebooks-pandas'));
    const printed = execFileSync('python3', ['notebook.py'], { cwd: folder, env, encoding: 'utf8' });

    const web = column('two-stocks.csv', 'year:indexed-web');
    const high = column('two-stocks.csv', 'year:high-quality');
    const both = web.filter((year, k) => year <= 2030 && high[k] <= 2030).length / web.length;
    const years = column('compute.csv', 'year:indexed-web');
    const growth = column('compute.csv', 'demand.growthPerYear');
    const growthMedian = median(growth);
    const fast = years.filter((_, k) => growth[k] > growthMedian);
    const [allMedian, fastMedian] = [median(years), median(fast)];
    expect(printed).toBe(
      [
        `P(both stocks exhausted by 2030) = ${both.toFixed(4)}`,
        `median year, all samples = ${allMedian.toFixed(2)}`,
        `median year, compute growth above its median = ${fastMedian.toFixed(2)}`,
        '',
      ].join('\n'),
    );
    expect(fastMedian).toBeLessThan(allMedian);
  });
});
