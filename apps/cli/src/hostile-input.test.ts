import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCENARIO_PRESETS } from '@horizon/sim';
import { runCli, type RunOutcome } from './test-io.js';
import { caseFolder } from '../../../test-support/case-folder.js';

/**
 * Input an adversary chooses, beyond malformed files: devices, FIFOs, prototype names, control characters,
 * paths that leave the scenario's folder, names counted in code points. Each was a crash, a hang, a read
 * without end, or raw escape codes on the terminal before its fix; each must now be one clean line and exit 2.
 * Nothing here needs root: /dev/zero is only read, FIFOs are made with mkfifo in a private folder.
 */
type Scenario = Record<string, any>;
const base = (): Scenario => structuredClone(SCENARIO_PRESETS['contract-example']) as Scenario;

function withScenario(scenario: unknown, cwd = caseFolder()): string {
  writeFileSync(join(cwd, 'scenario.json'), typeof scenario === 'string' ? scenario : JSON.stringify(scenario));
  return cwd;
}

/** Exit 2, nothing on stdout, exactly `line` on stderr (one line, no raw control character). */
function expectRefused(outcome: RunOutcome, line: string | RegExp): void {
  expect(outcome.code, outcome.stderr).toBe(2);
  expect(outcome.stdout).toBe('');
  expect(outcome.stderr).toMatch(/^[^\n]*\n$/);
  // eslint-disable-next-line no-control-regex
  expect(outcome.stderr.slice(0, -1)).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  if (typeof line === 'string') expect(outcome.stderr).toBe(`${line}\n`);
  else expect(outcome.stderr.slice(0, -1)).toMatch(line);
}

const SMALL = ['--samples', '2000', '--threads', '1'];

describe('files that are not regular files', () => {
  it('reads at most 10 MB of a device for --scenario, fit and merge (/dev/zero reports size 0)', async () => {
    const cwd = caseFolder();
    expectRefused(await runCli(['sweep', '--scenario', '/dev/zero', ...SMALL], { cwd }), '--scenario: /dev/zero is more than 10 MB; at most 10 MB is read');
    expectRefused(await runCli(['fit', '/dev/zero', '--out', 'draws.csv'], { cwd }), 'fit: /dev/zero is more than 64 MB; at most 64 MB is read');
    expectRefused(await runCli(['merge', '/dev/zero'], { cwd }), '/dev/zero: is more than 512 MB, too large to be a shard file (at most 512 MB)');
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('reads at most 128 MB of a scaling-law samples file that is a device', async () => {
    const s = base();
    s.demand = { mode: 'compute', flops0: 1e25, growthPerYear: 4, scalingLaw: { samples: '/dev/zero' } };
    const cwd = withScenario(s);
    expectRefused(await runCli(['sweep', '--scenario', 'scenario.json', ...SMALL, '--allow-read', '/dev'], { cwd }), 'demand.scalingLaw.samples: /dev/zero is more than 128 MB; at most 128 MB is read');
  });

  it('stops reading a FIFO at the limit: a 12 MB scenario piped through one is refused', async () => {
    const cwd = caseFolder();
    const fifo = join(cwd, 'scenario.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    // A separate writer, since the in-process read blocks until data arrives; it dies of SIGPIPE when the read stops.
    const writer = spawn('sh', ['-c', `head -c 12000000 /dev/zero > '${fifo}'`], { stdio: 'ignore' });
    const exited = new Promise((done) => writer.on('exit', done));
    expectRefused(await runCli(['sweep', '--scenario', 'scenario.fifo', ...SMALL], { cwd }), '--scenario: scenario.fifo is more than 10 MB; at most 10 MB is read');
    await exited;
  });

  it('refuses a file that starts with two byte-order marks', async () => {
    const cwd = withScenario(`\uFEFF\uFEFF${JSON.stringify(base())}`);
    expectRefused(await runCli(['sweep', '--scenario', 'scenario.json', ...SMALL], { cwd }), '--scenario: scenario.json starts with two byte-order marks; save it as plain UTF-8');
  });
});

describe('prototype names as values', () => {
  it.each(['toString', 'constructor', 'valueOf', 'hasOwnProperty', '__proto__'])('"scalingLaw": %j names no preset', async (name) => {
    const s = base();
    s.demand = { mode: 'compute', flops0: 1e25, growthPerYear: 4, scalingLaw: name };
    const outcome = await runCli(['sweep', '--scenario', 'scenario.json', ...SMALL], { cwd: withScenario(s) });
    expectRefused(outcome, new RegExp(`^demand\\.scalingLaw: unknown preset "${name}"; known: hoffmann2022, `));
  });

  it.each(['toString', '__proto__', 'constructor'])('--preset %s names no preset', async (name) => {
    expectRefused(await runCli(['sweep', '--preset', name, ...SMALL]), new RegExp(`^--preset: unknown preset "${name}"; known: default, `));
  });

  it('a stock named "__proto__" is a stock like any other in the JSON output', async () => {
    const s = base();
    s.stocks[0].name = '__proto__';
    const outcome = await runCli(['sweep', '--scenario', 'scenario.json', ...SMALL], { cwd: withScenario(s) });
    expect(outcome.code).toBe(0);
    expect(Object.keys(JSON.parse(outcome.stdout).stocks)).toEqual(['__proto__', s.stocks[1].name]);
  });
});

describe('control characters never reach the terminal', () => {
  it.each([
    ['ESC (a colour)', '\u001b[31m'],
    ['OSC (a window title)', '\u001b]0;owned\u0007'],
    ['C1 CSI', '\u009b2J'],
    ['DEL and NUL', '\u007f\u0000'],
    ['a right-to-left override', '\u202e'],
  ])('in a file name: %s is escaped', async (_, code) => {
    const outcome = await runCli(['sweep', '--scenario', `x${code}.json`, ...SMALL], { cwd: caseFolder() });
    expectRefused(outcome, /^--scenario: cannot read x\S*\.json: (no such file|its name holds a NUL character)$/);
  });

  it('in a CSV cell, quoted as a short escaped excerpt', async () => {
    const cwd = caseFolder();
    writeFileSync(join(cwd, 'runs.csv'), `params,tokens,loss\n1e9,2e10,\u001b]0;owned\u0007${'9'.repeat(2_000_000)}\n`);
    const outcome = await runCli(['fit', 'runs.csv', '--out', 'draws.csv'], { cwd });
    expectRefused(outcome, /^runs\.csv line 2, column loss: "\\u001b\]0;owned\\u00079{30}…" is not a number; expected /);
    expect(outcome.stderr.length).toBeLessThan(200);
  });

  it('in a stock name, refused with the name escaped', async () => {
    const s = base();
    s.stocks[0].name = 'web\u009b2J';
    expectRefused(await runCli(['sweep', '--scenario', 'scenario.json', ...SMALL], { cwd: withScenario(s) }), 'stocks[0].name: must be one line of printable text, got "web\\u009b2J"');
  });
});

describe('scaling-law samples files stay in the scenario\'s folder', () => {
  const lawScenario = (samples: string): Scenario => {
    const s = base();
    s.demand = { mode: 'compute', flops0: 1e25, growthPerYear: 4, scalingLaw: { samples } };
    return s;
  };
  const DRAWS = 'E,A,B,alpha,beta\n1.8,482,2085,0.35,0.37\n';

  it.each(['/etc/shadow', '../outside.csv', 'sub/../../outside.csv'])('refuses %s', async (samples) => {
    const cwd = caseFolder();
    const scenarios = join(cwd, 'scenarios');
    mkdirSync(scenarios);
    writeFileSync(join(cwd, 'outside.csv'), DRAWS);
    withScenario(lawScenario(samples), scenarios);
    expectRefused(await runCli(['sweep', '--scenario', 'scenarios/scenario.json', ...SMALL], { cwd }), `demand.scalingLaw.samples: "${samples}" is outside the scenario's folder; sample files are read from that folder and below (give --allow-read DIR to allow another folder)`);
  });

  it('refuses a symbolic link inside the folder that points outside it, and --allow-read allows that folder', async () => {
    const cwd = caseFolder();
    const scenarios = join(cwd, 'scenarios');
    mkdirSync(scenarios);
    writeFileSync(join(cwd, 'outside.csv'), DRAWS);
    symlinkSync(join(cwd, 'outside.csv'), join(scenarios, 'draws.csv'));
    withScenario(lawScenario('draws.csv'), scenarios);
    const argv = ['sweep', '--scenario', 'scenarios/scenario.json', ...SMALL];
    expectRefused(await runCli(argv, { cwd }), /^demand\.scalingLaw\.samples: "draws\.csv" is outside the scenario's folder/);
    expect((await runCli([...argv, '--allow-read', '.'], { cwd })).code).toBe(0);
  });
});

describe('smaller things', () => {
  it('--samples followed by another flag blames --samples, not the command', async () => {
    expectRefused(await runCli(['sweep', '--samples', '--seed', '1']), '--samples: needs a value (--samples <n>), got the flag --seed');
  });

  it('counts a name\'s length in characters, not UTF-16 units', async () => {
    const s = base();
    s.stocks[0].name = '🦙'.repeat(200);
    expect((await runCli(['sweep', '--scenario', 'scenario.json', ...SMALL], { cwd: withScenario(s) })).code).toBe(0);
    s.stocks[0].name = '🦙'.repeat(201);
    expectRefused(await runCli(['sweep', '--scenario', 'scenario.json', ...SMALL], { cwd: withScenario(s) }), 'stocks[0].name: must be at most 200 characters, got 201');
  });
});

describe('one line on stderr when --out fails after the run', () => {
  it('prints only the --out error, not the run\'s header too', async () => {
    const cwd = caseFolder();
    mkdirSync(join(cwd, 'out'));
    // run() checks --out synchronously, before its first await; removing the folder then fails the write.
    const pending = runCli(['sweep', '--preset', 'contract-example', '--samples', '70000', '--threads', '1', '--shard', '1/1', '--out', 'out/shard.json'], { cwd });
    rmSync(join(cwd, 'out'), { recursive: true });
    const outcome = await pending;
    expect(outcome.code).toBe(2);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr).toMatch(/^--out: cannot write "out\/shard\.json": [^\n]*\n$/);
  });
});

describe('bidirectional marks in names', () => {
  it('a right-to-left name is accepted, and the run\'s header on stderr shows its marks escaped', async () => {
    const s = base();
    s.name = '\u202eweb';
    const outcome = await runCli(['sweep', '--scenario', 'scenario.json', ...SMALL], { cwd: withScenario(s) });
    expect(outcome.code, outcome.stderr).toBe(0);
    expect(outcome.stderr).toMatch(/^horizon: \\u202eweb, 2,000 samples/);
  });
});
