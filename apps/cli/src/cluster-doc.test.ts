import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * docs/cluster.md's examples, run as printed: the `xargs` and GNU parallel one-liners verbatim (GNU parallel
 * comes from Debian's `parallel` package, which `.ci/run` installs), the Slurm script with the variables Slurm would set, and the Kubernetes container
 * command with the index Kubernetes would set. Needs the built CLI (`npm run build`).
 */
const here = dirname(fileURLToPath(import.meta.url));
const BIN = resolve(here, '../bin/horizon.js');
const DOC = readFileSync(resolve(here, '../../../docs/cluster.md'), 'utf8');
let folder: string;
let env: NodeJS.ProcessEnv;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'horizon-cluster-doc-'));
  const bin = join(folder, 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'horizon'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(join(bin, 'horizon'), 0o755);
  env = { ...process.env, PATH: `${bin}:${process.env.PATH}` };
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The code block that follows `<!-- example: NAME … -->` in docs/cluster.md. */
function example(name: string): string {
  const match = new RegExp(`<!-- example: ${name}\\b[^>]*-->\\n\`\`\`\\w*\\n([\\s\\S]*?)\\n\`\`\``).exec(DOC);
  if (!match) throw new Error(`docs/cluster.md has no example "${name}"`);
  return match[1];
}

function bash(script: string, cwd: string, extraEnv: Record<string, string> = {}): string {
  return execFileSync('bash', ['-euo', 'pipefail', '-c', script], { cwd, env: { ...env, ...extraEnv }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('docs/cluster.md', () => {
  it('the xargs one-liner, run as printed, merges to the bytes of the unsharded run', () => {
    const cwd = mkdtempSync(join(folder, 'xargs-'));
    expect(bash(example('xargs'), cwd)).toBe('identical\n');
  }, 120_000);

  it('the GNU parallel one-liner, run as printed, merges to the bytes of the unsharded run', () => {
    const cwd = mkdtempSync(join(folder, 'parallel-'));
    expect(bash(example('parallel'), cwd)).toBe('identical\n');
  }, 120_000);

  it('the Slurm array script writes the shards that merge to the unsharded run', () => {
    const cwd = mkdtempSync(join(folder, 'slurm-'));
    const script = example('slurm');
    expect(script).toMatch(/^#SBATCH --array=1-64$/m);
    writeFileSync(join(cwd, 'horizon-shards.sbatch'), script);
    // What Slurm does: one task per index, each with its SLURM_ARRAY_TASK_ID, here four at a time.
    bash('seq 1 64 | xargs -P 4 -I{} env SLURM_ARRAY_TASK_ID={} bash horizon-shards.sbatch', cwd, { SLURM_CPUS_PER_TASK: '1', SAMPLES: '2e5', SEED: '3' });
    expect(readdirSync(join(cwd, 'shards')).length).toBe(64);
    const merged = bash('horizon merge shards/shard-*.json --format json', cwd);
    expect(merged).toBe(bash('horizon sweep --preset default --samples 2e5 --seed 3 --format json', cwd));
  }, 300_000);

  it('the Kubernetes Indexed Job turns JOB_COMPLETION_INDEX 0…31 into shards 1/32…32/32', () => {
    const manifest = example('kubernetes');
    expect(manifest).toMatch(/completionMode: Indexed/);
    expect(manifest).toMatch(/completions: 32/);
    const command = /args:\n\s+- (.*)\n/.exec(manifest)![1];
    // The container's command with horizon on PATH in place of npx, at a small sample count.
    const runnable = command.replace('npx --yes --package=@horizon/cli horizon', 'horizon').replace('--samples 1e10', '--samples 1e5');
    const cwd = mkdtempSync(join(folder, 'kubernetes-'));
    mkdirSync(join(cwd, 'shards'));
    writeFileSync(join(cwd, 'pod.sh'), runnable);
    bash('seq 0 31 | xargs -P 4 -I{} env JOB_COMPLETION_INDEX={} bash pod.sh', cwd);
    expect(readdirSync(join(cwd, 'shards')).sort()).toEqual(Array.from({ length: 32 }, (_, k) => `shard-${k + 1}.json`).sort());
    expect(bash('horizon merge shards/shard-*.json --format json', cwd)).toBe(bash('horizon sweep --preset default --samples 1e5 --seed 7 --format json', cwd));
  }, 300_000);
});
