import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docExample } from './doc-example.js';
import { runCli } from './test-io.js';
import { installedHorizonBin } from '../../../test-support/installed-horizon-bin.js';

/**
 * docs/cluster.md's Slurm example, submitted as printed to a real Slurm: Debian's `slurm-wlm` and `munge`
 * (which `.ci/run` installs), started here on this host and stopped afterwards. A private munge daemon with a
 * freshly generated key, then `slurmctld` and `slurmd` with all state, spool, logs and sockets in a temporary
 * folder; `proctrack/linuxproc` and `task/none`, so no cgroups or system services are needed. The node
 * declares 128 CPUs (`config_overrides`) so all 16 of the script's 8-CPU tasks start at once on a small
 * machine (in waves of two, Slurm's scheduling gaps made the array take 20 s). `MinJobAge=0` keeps finished
 * jobs' records, so `sbatch --wait` polls every 2 s rather than after 2, 8, 32… s.
 * `horizon` is on the PATH as the README installs it from a clone; sbatch passes that PATH to the tasks.
 */
const SLURM_CTLD_PORT = 26817 + (process.pid % 1000) * 2;
const node = hostname().split('.')[0];
let folder: string;
let env: NodeJS.ProcessEnv;
const daemons: ChildProcess[] = [];

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'horizon-slurm-'));
  const slurm = join(folder, 'slurm');
  for (const sub of ['state', 'spool']) mkdirSync(join(slurm, sub), { recursive: true });
  writeFileSync(join(slurm, 'slurm.conf'), slurmConf(slurm));
  // The daemons and mungekey live in /usr/sbin, which a non-login PATH may lack.
  env = { ...process.env, PATH: `${installedHorizonBin()}:${process.env.PATH}:/usr/sbin:/usr/bin`, SLURM_CONF: join(slurm, 'slurm.conf') };

  execFileSync('mungekey', ['--create', `--keyfile=${join(slurm, 'munge.key')}`], { env });
  start('munged', ['--foreground', '--force', `--key-file=${join(slurm, 'munge.key')}`, `--socket=${join(slurm, 'munge.socket')}`, `--pid-file=${join(slurm, 'munged.pid')}`, `--log-file=${join(slurm, 'munged.log')}`, `--seed-file=${join(slurm, 'munged.seed')}`]);
  await until(() => readdirSync(slurm).includes('munge.socket'), 'munged to open its socket');
  start('slurmctld', ['-D']);
  start('slurmd', ['-D']);
  await until(() => /\bidle\b/.test(run('sinfo', ['--noheader', '--format=%t'])), 'the Slurm node to be idle');
});

afterAll(async () => {
  for (const daemon of daemons.reverse()) {
    if (daemon.exitCode === null) daemon.kill('SIGTERM');
    await new Promise((done) => (daemon.exitCode === null ? daemon.once('exit', done) : done(null)));
  }
  rmSync(folder, { recursive: true, force: true });
});

function slurmConf(slurm: string): string {
  return `ClusterName=horizontest
SlurmctldHost=${node}
SlurmctldPort=${SLURM_CTLD_PORT}
SlurmdPort=${SLURM_CTLD_PORT + 1}
AuthType=auth/munge
AuthInfo=socket=${slurm}/munge.socket
CredType=cred/munge
SlurmUser=root
SlurmdUser=root
StateSaveLocation=${slurm}/state
SlurmdSpoolDir=${slurm}/spool
SlurmctldPidFile=${slurm}/slurmctld.pid
SlurmdPidFile=${slurm}/slurmd.pid
SlurmctldLogFile=${slurm}/slurmctld.log
SlurmdLogFile=${slurm}/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SwitchType=switch/none
MpiDefault=none
ReturnToService=2
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
JobCompType=jobcomp/none
MinJobAge=0
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
SlurmdParameters=config_overrides
NodeName=${node} CPUs=128 State=UNKNOWN
PartitionName=horizon Nodes=${node} Default=YES MaxTime=INFINITE State=UP
`;
}

function start(command: string, args: string[]): void {
  daemons.push(spawn(command, args, { env, stdio: 'ignore' }));
}

function run(command: string, args: string[], cwd = folder): string {
  try {
    return execFileSync(command, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch {
    return '';
  }
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !condition(); waited += 200) {
    if (waited > 60_000) throw new Error(`timed out waiting for ${what}; logs in ${folder}/slurm`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

describe('docs/cluster.md on a real Slurm', () => {
  it('the job array, submitted with sbatch --wait as printed, merges to the bytes of the unsharded run', async () => {
    const cwd = mkdtempSync(join(folder, 'job-'));
    const script = docExample('docs/cluster.md', 'slurm');
    const submit = docExample('docs/cluster.md', 'slurm-submit');
    writeFileSync(join(cwd, 'horizon-shards.sbatch'), script);
    // The script's defaults are a real run's 1e11 samples; the test asks for fewer through its SAMPLES and SEED.
    execFileSync('bash', ['-euo', 'pipefail', '-c', submit], { cwd, env: { ...env, SAMPLES: '3e5', SEED: '3' }, stdio: ['ignore', 'pipe', 'pipe'] });
    const shards = Number(/^#SBATCH --array=1-(\d+)$/m.exec(script)![1]);
    expect(readdirSync(join(cwd, 'shards')).sort()).toEqual(Array.from({ length: shards }, (_, k) => `shard-${k + 1}.json`).sort());
    expect(readdirSync(join(cwd, 'logs'))).toHaveLength(shards);
    const merged = readFileSync(join(cwd, 'result.json'));
    // The unsharded bytes come from the CLI run in-process: the processes are Slurm's to check.
    const whole = Buffer.from((await runCli(['sweep', '--preset', 'default', '--samples', '3e5', '--seed', '3', '--format', 'json'], { cwd })).stdout);
    expect(merged.length).toBeGreaterThan(1000);
    expect(merged.equals(whole)).toBe(true);
  }, 600_000);
});
