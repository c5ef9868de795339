import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docExample } from './doc-example.js';
import { installedHorizonBin } from '../../../test-support/installed-horizon-bin.js';

/**
 * docs/cluster.md's workstation examples, run as printed, with `horizon` on the PATH as the README installs it
 * from a clone (`npm install -g ./apps/cli`, here into a temporary prefix). GNU parallel comes from Debian's
 * `parallel` package, which `.ci/run` installs. The Slurm example has its own test (slurm-doc.test.ts), and the
 * Kubernetes pod command is run from the packed tarball (packed-install.test.ts).
 */
let folder: string;
let env: NodeJS.ProcessEnv;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'horizon-cluster-doc-'));
  env = { ...process.env, PATH: `${installedHorizonBin()}:${process.env.PATH}` };
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function bash(script: string, cwd: string): string {
  return execFileSync('bash', ['-euo', 'pipefail', '-c', script], { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('docs/cluster.md', () => {
  it('the xargs one-liner, run as printed, merges to the bytes of the unsharded run', () => {
    const cwd = mkdtempSync(join(folder, 'xargs-'));
    expect(bash(docExample('docs/cluster.md', 'xargs'), cwd)).toBe('identical\n');
  });

  it('the GNU parallel one-liner, run as printed, merges to the bytes of the unsharded run', () => {
    const cwd = mkdtempSync(join(folder, 'parallel-'));
    expect(bash(docExample('docs/cluster.md', 'parallel'), cwd)).toBe('identical\n');
  });

  it('the examples\' last line does not say "identical" for two empty files, as a failed run leaves', () => {
    const check = docExample('docs/cluster.md', 'xargs').split('\n').at(-1)!;
    expect(check).toMatch(/cmp merged\.json whole\.json/);
    const cwd = mkdtempSync(join(folder, 'empty-'));
    writeFileSync(join(cwd, 'merged.json'), '');
    writeFileSync(join(cwd, 'whole.json'), '');
    expect(() => bash(check, cwd)).toThrow();
    expect(docExample('docs/cluster.md', 'parallel').split('\n').at(-1)).toBe(check);
  });
});
