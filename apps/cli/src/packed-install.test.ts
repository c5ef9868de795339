import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docExample } from './doc-example.js';
import { runCli } from './test-io.js';
import { installedHorizonBin } from '../../../test-support/installed-horizon-bin.js';

/**
 * The README's "Install", done as a user would: the three packages packed by scripts/pack-packages.mjs install
 * with `npm install -g` into an empty prefix, offline and with an empty npm cache (so nothing but the tarballs
 * can be used), and the installed `horizon`, run outside the clone, prints the in-repo CLI's bytes.
 */
const here = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(here, '../../..');
let folder: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'horizon-install-'));
  // The packages are built (npm test builds before testing), so the script only packs.
  execFileSync(process.execPath, [join(ROOT, 'scripts/pack-packages.mjs'), '--no-build', join(folder, 'packed')], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function npm(args: string[], cwd: string): string {
  return execFileSync('npm', [...args, '--offline', '--cache', join(folder, 'npm-cache'), '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('the packed packages', () => {
  it('are three tarballs, each with the licence and without tests or fixtures', () => {
    const tarballs = readdirSync(join(folder, 'packed')).sort();
    expect(tarballs).toEqual(['horizon-cli-0.1.0.tgz', 'horizon-core-wasm-0.1.0.tgz', 'horizon-sim-0.1.0.tgz']);
    for (const tarball of tarballs) {
      const files = execFileSync('tar', ['-tzf', join(folder, 'packed', tarball)], { encoding: 'utf8' }).split('\n');
      expect(files).toContain('package/LICENSE');
      expect(files.filter((file) => /^package\/(dist|src)\/.*\.(test|fixture)\./.test(file))).toEqual([]);
    }
  });

  it('install with npm install -g from the tarballs alone, and the installed horizon sweep prints the in-repo bytes', async () => {
    const prefix = join(folder, 'prefix');
    const tarballs = readdirSync(join(folder, 'packed')).map((tarball) => join(folder, 'packed', tarball));
    npm(['install', '--global', '--prefix', prefix, ...tarballs], folder);
    const outside = mkdtempSync(join(folder, 'elsewhere-'));
    const args = ['sweep', '--samples', '2e4', '--seed', '7', '--explain'];
    const installed = execFileSync('horizon', args, { cwd: outside, env: { ...process.env, PATH: `${join(prefix, 'bin')}:${process.env.PATH}` }, stdio: ['ignore', 'pipe', 'pipe'] });
    // The in-repo bytes come from the CLI run in-process: the process is the installed one's to check.
    const inRepo = Buffer.from((await runCli(args, { cwd: ROOT })).stdout);
    expect(installed.length).toBeGreaterThan(1000);
    expect(installed.equals(inRepo)).toBe(true);
  });

  it('install from the clone with the README\'s one command, npm install -g ./apps/cli', () => {
    // Installed so once per test run, for every test that runs the docs (test-support/install-horizon.ts).
    const listing = execFileSync(join(installedHorizonBin(), 'horizon'), ['presets'], { cwd: folder, encoding: 'utf8' });
    expect(listing).toMatch(/^Scenarios/);
  });

  it('install in the Kubernetes pods of docs/cluster.md: the pod command, run as printed for each JOB_COMPLETION_INDEX, writes shards that merge to the unsharded run', async () => {
    const manifest = docExample('docs/cluster.md', 'kubernetes');
    expect(manifest).toMatch(/completionMode: Indexed/);
    const completions = Number(/completions: (\d+)/.exec(manifest)![1]);
    const command = /args:\n\s+- (.*)\n/.exec(manifest)![1].replace('--samples 1e10', '--samples 1e5');
    const [install, shard] = command.split(' && ');
    expect(install).toBe('npm install --global --offline ./horizon-cli-0.1.0.tgz');
    // The volume: the tarball and an empty shards/ folder. Each pod's global prefix is its own; here one
    // temporary prefix serves every pod, so the install runs once, exactly as printed, and the shards after it.
    const volume = mkdtempSync(join(folder, 'volume-'));
    mkdirSync(join(volume, 'shards'));
    copyFileSync(join(folder, 'packed', 'horizon-cli-0.1.0.tgz'), join(volume, 'horizon-cli-0.1.0.tgz'));
    const pod = { ...process.env, npm_config_prefix: join(folder, 'pod-prefix'), npm_config_cache: join(folder, 'npm-cache'), PATH: `${join(folder, 'pod-prefix', 'bin')}:${process.env.PATH}` };
    const last = completions - 1;
    execFileSync('sh', ['-c', command], { cwd: volume, env: { ...pod, JOB_COMPLETION_INDEX: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    // The last pod's shard holds samples (the first one's holds none): the installed horizon runs it too.
    execFileSync('sh', ['-c', shard], { cwd: volume, env: { ...pod, JOB_COMPLETION_INDEX: String(last) }, stdio: ['ignore', 'pipe', 'pipe'] });
    // The pods between run the same installed code on the same paths, so their shard commands, expanded by sh as
    // printed for each index (`horizon` a shell function that prints its arguments), run in-process: a Node
    // start-up per pod added nothing that is checked.
    for (let index = 1; index < last; index++) {
      const expanded = execFileSync('sh', ['-c', `horizon() { printf '%s\\0' "$@"; }; ${shard}`], { cwd: volume, env: { ...pod, JOB_COMPLETION_INDEX: String(index) }, encoding: 'utf8' });
      const outcome = await runCli(expanded.split('\0').slice(0, -1), { cwd: volume });
      expect(outcome.code, outcome.stderr).toBe(0);
    }
    expect(readdirSync(join(volume, 'shards')).sort()).toEqual(Array.from({ length: completions }, (_, k) => `shard-${k + 1}.json`).sort());
    const merged = execFileSync('horizon', ['merge', ...Array.from({ length: completions }, (_, k) => `shards/shard-${k + 1}.json`), '--format', 'json'], { cwd: volume, env: pod, stdio: ['ignore', 'pipe', 'pipe'] });
    const whole = Buffer.from((await runCli(['sweep', '--preset', 'default', '--samples', '1e5', '--seed', '7', '--format', 'json'], { cwd: ROOT })).stdout);
    expect(merged.equals(whole)).toBe(true);
  });
});
