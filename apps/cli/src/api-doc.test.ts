import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPOSITORY_ROOT, docExample } from './doc-example.js';
import { runCli } from './test-io.js';
import { horizonOnPath } from '../../../test-support/horizon-on-path.js';

/**
 * docs/api.md, run as printed with Node against the workspace's packages: its numbers are checked against
 * `horizon sweep` and `horizon sweep --vary` run here, its printed block against what it prints, and its
 * shard merge against the unsharded sweep's bytes.
 */
let folder: string;
let env: NodeJS.ProcessEnv;

beforeAll(() => {
  // Inside the repository, so that `@horizon/sim` and `@horizon/core-wasm` resolve to the workspace's packages.
  folder = mkdtempSync(join(REPOSITORY_ROOT, '.api-doc-'));
  env = horizonOnPath(folder, join(REPOSITORY_ROOT, 'apps/cli/bin/horizon.js'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const runNode = (name: string, code: string): string => {
  writeFileSync(join(folder, `${name}.mjs`), code);
  return execFileSync(process.execPath, [`${name}.mjs`], { cwd: folder, env, encoding: 'utf8' });
};

describe('docs/api.md', () => {
  it('the sweep, what-if and error example prints the CLI\'s numbers, as the page shows', async () => {
    const printed = runNode('sweep', docExample('docs/api.md', 'api-sweep'));
    const base = ['sweep', '--preset', 'contract-example', '--samples', '1e5', '--seed', '7', '--format', 'json'];
    const sweep = JSON.parse((await runCli(base)).stdout);
    const vary = JSON.parse((await runCli([...base, '--vary', 'stocks[0].tokens0*=0.5,1,2'])).stdout);
    const lines = printed.trimEnd().split('\n');
    const stocks = Object.entries(sweep.stocks) as Array<[string, { quantiles: Record<string, number>; cdf: Array<{ year: number; p: number }> }]>;
    expect(lines.slice(0, 2)).toEqual(stocks.map(([name, { quantiles, cdf }]) => `${name}: median ${quantiles.p50}, 90% interval ${quantiles.p5}–${quantiles.p95}, P(by 2030) = ${cdf.find((point) => point.year === 2030)!.p}`));
    expect(lines.slice(2, 5)).toEqual(vary.points.map((point: { at: number[]; stocks: Record<string, { quantiles: { p50: number } }> }) => `tokens0 × ${point.at[0]}: median ${point.stocks['indexed-web'].quantiles.p50}`));
    expect(lines[5]).toMatch(/^rejected: horizonYear: .*startYear/);
    // The page shows what it prints.
    const page = readFileSync(join(REPOSITORY_ROOT, 'docs/api.md'), 'utf8');
    expect(page).toContain('It prints:\n\n```\n' + printed + '```');
  });

  it('the shard merge prints the unsharded sweep\'s bytes', async () => {
    execFileSync('bash', ['-euo', 'pipefail', '-c', docExample('docs/api.md', 'api-shards')], { cwd: folder, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const merged = runNode('merge', docExample('docs/api.md', 'api-merge'));
    const whole = await runCli(['sweep', '--preset', 'contract-example', '--samples', '1e5', '--seed', '7', '--format', 'json']);
    expect(merged).toBe(whole.stdout);
  });
});
