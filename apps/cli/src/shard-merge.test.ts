import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './test-io.js';

/**
 * Sharded runs merged to the unsharded bytes: N = 1, 2, 3 and 7 shards run at once, merged in shuffled order,
 * compared byte for byte with the unsharded run. These run in-process (a process adds nothing to what is
 * checked; docs/cluster.md's examples, run as printed by cluster-doc.test.ts, start shards as processes with
 * xargs, GNU parallel, Slurm and Kubernetes). A shard killed while writing its file needs a process of its
 * own, and gets one; the shard before it and the merges after it run in-process. Needs the built CLI
 * (`npm run build`).
 */
const BIN = resolve(dirname(fileURLToPath(import.meta.url)), '../bin/horizon.js');
let folder: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'horizon-shards-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A scenario with every kind of input, written to a file: the sharded path must not depend on presets. */
const KITCHEN_SINK = {
  name: 'kitchen-sink',
  startYear: 2024,
  horizonYear: 2080,
  demand: [
    { mode: 'trend', weight: 1, tokens0: { loguniform: { min: 5e12, max: 3e13 } }, growthPerYear: [{ until: 2028, factor: { triangular: { min: 2, mode: 2.5, max: 3.5 } } }, { factor: { normal: { mean: 1.5, sd: 0.2 } } }] },
    { mode: 'compute', weight: 2, flops0: { lognormal: { p5: 1e25, p95: 1e26 } }, growthPerYear: { mixture: [{ weight: 1, dist: { uniform: { min: 2, max: 4 } } }, { weight: 3, dist: 4.5 }] }, scalingLaw: 'hoffmann2022', overtraining: { uniform: { min: 1, max: 5 } } },
  ],
  training: { maxEpochs: { triangular: { min: 1, mode: 2, max: 4 } }, rStar: { normal: { mean: 15.4, sd: 2 } } },
  stocks: [
    { name: 'web', tokens0: 3e14, growthPerYear: 1.05, usableFraction: { uniform: { min: 0.2, max: 0.6 } } },
    { name: 'books', tokens0: { lognormal: { p5: 1e12, p95: 5e12 } }, growthPerYear: [{ until: 2030, factor: 1.02 }, { factor: 1.01 }] },
  ],
};

/** A fixed shuffle (xorshift-driven Fisher–Yates), so the merge order differs from the shard order but repeats. */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let state = seed || 1;
  for (let k = out.length - 1; k > 0; k--) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    const j = (state >>> 0) % (k + 1);
    [out[k], out[j]] = [out[j], out[k]];
  }
  return out;
}

const RUNS: Array<{ what: string; args: string; formats: string[] }> = [
  { what: 'the contract example, seed 7, 3 blocks', args: '--preset contract-example --samples 180000 --seed 7', formats: ['json', 'table', 'csv'] },
  { what: 'the default preset, seed 123, a last block of one sample', args: '--preset default --samples 131_073 --seed 123', formats: ['json'] },
  { what: 'a scenario file with --explain and --trajectories, seed 0', args: '--scenario kitchen-sink.json --samples 1e5 --seed 0 --explain --trajectories', formats: ['json', 'table'] },
];

describe('horizon sweep --shard and horizon merge', () => {
  it.each(RUNS)('merging N = 1, 2, 3 and 7 shards of $what prints the unsharded bytes', async ({ args, formats }) => {
    const cwd = mkdtempSync(join(folder, 'run-'));
    writeFileSync(join(cwd, 'kitchen-sink.json'), JSON.stringify(KITCHEN_SINK, null, 2));
    const argv = args.split(' ');
    const cli = async (extra: string[], cores: number): Promise<string> => {
      const outcome = await runCli([...extra.slice(0, 1), ...(extra[0] === 'sweep' ? argv : []), ...extra.slice(1)], { cwd, cores });
      expect(outcome.code, outcome.stderr).toBe(0);
      return outcome.stdout;
    };
    const whole: Record<string, string> = {};
    for (const format of formats) whole[format] = await cli(['sweep', '--threads', '2', '--format', format], 2);
    for (const shards of [1, 2, 3, 7]) {
      const dir = `shards-${shards}`;
      mkdirSync(join(cwd, dir));
      await Promise.all(Array.from({ length: shards }, (_, k) => cli(['sweep', '--threads', '1', '--shard', `${k + 1}/${shards}`, '--out', `${dir}/shard-${k + 1}.json`], 1)));
      const files = readdirSync(join(cwd, dir)).sort();
      expect(files).toEqual(Array.from({ length: shards }, (_, k) => `shard-${k + 1}.json`).sort());
      for (const format of formats) {
        const order = shuffled(files, shards * 31 + format.length).map((f) => `${dir}/${f}`);
        expect(await cli(['merge', ...order, '--format', format], 1), `${shards} shards, ${format}`).toBe(whole[format]);
      }
    }
  });

  it('merge refuses a set with a shard of another seed, naming that file', async () => {
    const cwd = mkdtempSync(join(folder, 'mixed-'));
    expect((await runCli(['sweep', '--preset', 'contract-example', '--samples', '1e5', '--seed', '1', '--shard', '1/2', '--out', 'a.json'], { cwd })).code).toBe(0);
    expect((await runCli(['sweep', '--preset', 'contract-example', '--samples', '1e5', '--seed', '2', '--shard', '2/2', '--out', 'b.json'], { cwd })).code).toBe(0);
    const result = await runCli(['merge', 'a.json', 'b.json'], { cwd });
    expect({ status: result.code, stdout: result.stdout, stderr: result.stderr }).toEqual({ status: 2, stdout: '', stderr: 'b.json: was run with seed 2, but a.json with 1; shards of one run share it\n' });
  });
});

/** `horizon ARGV` in-process, its outcome named as a process's (status, stdout, stderr). */
async function cliOutcome(argv: string[], cwd: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const { code, stdout, stderr } = await runCli(argv, { cwd });
  return { status: code, stdout, stderr };
}

/** 16 stocks over 500 years with every section: a shard file of ~20 MB, so writing it takes long enough to be caught. */
const LARGE = {
  name: 'large',
  startYear: 2000,
  horizonYear: 2500,
  demand: { mode: 'trend', tokens0: { lognormal: { p5: 1e13, p95: 3e13 } }, growthPerYear: { lognormal: { p5: 1.01, p95: 1.5 } } },
  stocks: Array.from({ length: 16 }, (_, k) => ({ name: `stock-${k}`, tokens0: { lognormal: { p5: 1e14, p95: 1e16 } }, growthPerYear: 1 + k / 1000 })),
};

describe('a shard killed while writing its file', () => {
  it('leaves no file that looks whole, and merge refuses what is left', async () => {
    const cwd = mkdtempSync(join(folder, 'kill-'));
    writeFileSync(join(cwd, 'large.json'), JSON.stringify(LARGE));
    const args = ['sweep', '--scenario', 'large.json', '--samples', '2000', '--seed', '5', '--trajectories', '--explain'];
    expect((await runCli([...args, '--shard', '1/2', '--out', 'shard-1.json'], { cwd })).code).toBe(0);

    // Start shard 2 and SIGKILL it the moment its temporary file appears; retry if the write won the race.
    let leftover: string | undefined;
    for (let attempt = 0; attempt < 30 && leftover === undefined; attempt++) {
      rmSync(join(cwd, 'shard-2.json'), { force: true });
      leftover = await killWhileWriting(cwd, [...args, '--shard', '2/2', '--out', 'shard-2.json']);
    }
    expect(leftover, 'never caught shard 2 mid-write in 30 attempts').toBeDefined();
    expect(existsSync(join(cwd, 'shard-2.json'))).toBe(false);

    const visible = readdirSync(cwd).filter((f) => f.startsWith('shard-'));
    expect(visible).toEqual(['shard-1.json']);
    expect(await cliOutcome(['merge', ...visible], cwd)).toEqual({ status: 2, stdout: '', stderr: 'merge: shard 2 of 2 is missing; give all 2 shard files of the run\n' });
    const given = await cliOutcome(['merge', 'shard-1.json', leftover!], cwd);
    expect(given.status).toBe(2);
    expect(given.stdout).toBe('');
    expect(given.stderr).toMatch(new RegExp(`^${leftover!.replaceAll('.', '\\.')}: truncated`));
  });
});

/** Runs `horizon ARGV`, kills it when a temporary file shows up in `cwd`, and returns that file's name (undefined if the run finished first). */
function killWhileWriting(cwd: string, argv: string[]): Promise<string | undefined> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...argv], { cwd, stdio: 'ignore' });
    let caught: string | undefined;
    const watcher = watch(cwd, (_, name) => {
      if (caught === undefined && name && name.endsWith('.tmp') && existsSync(join(cwd, name))) {
        caught = name;
        child.kill('SIGKILL');
      }
    });
    child.on('exit', () => {
      watcher.close();
      const left = readdirSync(cwd).find((f) => f.endsWith('.tmp'));
      done(caught !== undefined && left !== undefined && !existsSync(join(cwd, 'shard-2.json')) ? left : undefined);
    });
  });
}
