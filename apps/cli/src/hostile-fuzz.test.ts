import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SCENARIO_PRESETS, decodeShardFile, encodeShardFile, type Plan, type SweepSummary } from '@horizon/sim';
import { runCli, type RunOutcome } from './test-io.js';
import { caseFolder } from '../../../test-support/case-folder.js';

/**
 * Fuzzing with input an adversary picks rather than malformed input: device paths, prototype names, control
 * characters, forged shards (checksum recomputed) and valid-but-extreme scenarios. Every case has a budget:
 * BUDGET_MS of wall time, after which its run is aborted (an abort is exit 130, which fails the case, so a
 * hang is a failure, not a stuck test), and BUDGET_BYTES of memory growth. The budgets are bounds on runaway
 * input, set far above what any case needs, not measurements of speed.
 *
 * Same seed and run count controls as input-fuzz.test.ts (HORIZON_FUZZ_RUNS, HORIZON_FUZZ_SEED).
 */
const FUZZ_RUNS = Math.ceil(Number(process.env.HORIZON_FUZZ_RUNS ?? 1500) / 30);
const FUZZ_SEED = Number(process.env.HORIZON_FUZZ_SEED ?? 20261201);
const settings = { numRuns: FUZZ_RUNS, seed: FUZZ_SEED, endOnFailure: true };
/** `npm test` runs `n` cases of a costly generator; HORIZON_FUZZ_RUNS sets every generator's count. */
const runs = (n: number): number => (process.env.HORIZON_FUZZ_RUNS === undefined ? Math.min(FUZZ_RUNS, n) : FUZZ_RUNS);
const BUDGET_MS = 60_000;
const BUDGET_BYTES = 512 * 1024 * 1024;
const TEST_TIMEOUT_MS = Math.max(300_000, FUZZ_RUNS * 2000);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const base = (): Record<string, any> => structuredClone(SCENARIO_PRESETS['contract-example']) as Record<string, any>;

/** Runs `horizon ARGV` in `cwd` within the case's time and memory budget. */
async function runBudgeted(argv: string[], cwd: string): Promise<RunOutcome> {
  const before = process.memoryUsage();
  const outcome = await runCli(argv, { cwd, cores: 1, signal: AbortSignal.timeout(BUDGET_MS) });
  const after = process.memoryUsage();
  expect(after.rss - before.rss, `memory grew by ${after.rss - before.rss} bytes running ${argv.join(' ')}`).toBeLessThan(BUDGET_BYTES);
  return outcome;
}

// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Exit 2, nothing on stdout, one printable line on stderr. */
function expectOneCleanLine(outcome: RunOutcome, context: string): void {
  const shown = `${context}; stderr: ${JSON.stringify(outcome.stderr.slice(0, 300))}`;
  expect(outcome.code, shown).toBe(2);
  expect(outcome.stdout, shown).toBe('');
  expect(outcome.stderr, shown).toMatch(/^[^\n]+\n$/);
  expect(RAW_CONTROL.test(outcome.stderr), shown).toBe(false);
  expect(outcome.stderr, shown).not.toMatch(/internal error|\n\s+at /);
  expect(outcome.stderr.length, shown).toBeLessThan(2000);
}

const PROTOTYPE_NAMES = ['toString', 'constructor', '__proto__', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__defineGetter__', 'propertyIsEnumerable', 'toLocaleString'];
const DEVICES = ['/dev/zero', '/dev/urandom', '/dev/null', '/dev/stdin', '/proc/self/status', '/'];
const controlChar = fc.oneof(fc.integer({ min: 0, max: 0x1f }), fc.integer({ min: 0x7f, max: 0x9f }), fc.constantFrom(0x202e, 0x2066, 0x2028)).map((code) => String.fromCharCode(code));
/** Printable text with control characters (ESC and OSC sequences among them) spliced in. */
/** A C0 or C1 control: no name may hold one (bidirectional marks may be in names, escaped on terminals). */
const unprintable = fc.oneof(fc.integer({ min: 0, max: 0x1f }), fc.integer({ min: 0x7f, max: 0x9f })).map((code) => String.fromCharCode(code));
const hostileText = fc
  .tuple(fc.string({ minLength: 1, maxLength: 8 }), unprintable, fc.array(controlChar, { maxLength: 3 }), fc.constantFrom('', '[31m', ']0;owned\u0007', '[2J'), fc.string({ maxLength: 8 }))
  .map(([a, first, codes, sequence, b]) => `${a}${first}${codes.join('')}${sequence}${b}`);

describe('fuzzing with device paths', () => {
  it('reads no device past its limit: --scenario, merge, fit and a samples file are refused in one line', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...DEVICES), fc.constantFrom('scenario', 'merge', 'fit', 'samples'), async (device, where) => {
        const cwd = caseFolder();
        let argv: string[];
        if (where === 'scenario') argv = ['sweep', '--scenario', device, '--samples', '100'];
        else if (where === 'merge') argv = ['merge', device];
        else if (where === 'fit') argv = ['fit', device, '--out', 'draws.csv', '--bootstrap', '1'];
        else {
          const s = base();
          s.demand = { mode: 'compute', flops0: 1e25, growthPerYear: 4, scalingLaw: { samples: device } };
          writeFileSync(join(cwd, 'scenario.json'), JSON.stringify(s));
          argv = ['sweep', '--scenario', 'scenario.json', '--samples', '100', '--allow-read', '/'];
        }
        expectOneCleanLine(await runBudgeted(argv, cwd), `${where} ${device}`);
        expect(readdirSync(cwd).filter((f) => f !== 'scenario.json')).toEqual([]);
        rmSync(cwd, { recursive: true });
      }),
      { ...settings, numRuns: runs(8) },
    );
  }, TEST_TIMEOUT_MS);
});

describe('fuzzing with prototype names', () => {
  it('a prototype name is no preset, scaling law or flag value, and a fine stock name', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...PROTOTYPE_NAMES), fc.constantFrom('scalingLaw', 'preset', 'stock'), async (name, where) => {
        const cwd = caseFolder();
        const s = base();
        if (where === 'preset') {
          expectOneCleanLine(await runBudgeted(['sweep', '--preset', name, '--samples', '100'], cwd), `--preset ${name}`);
        } else if (where === 'scalingLaw') {
          s.demand = { mode: 'compute', flops0: 1e25, growthPerYear: 4, scalingLaw: name };
          writeFileSync(join(cwd, 'scenario.json'), JSON.stringify(s));
          const outcome = await runBudgeted(['sweep', '--scenario', 'scenario.json', '--samples', '100'], cwd);
          expectOneCleanLine(outcome, `scalingLaw ${name}`);
          expect(outcome.stderr).toMatch(/^demand\.scalingLaw: unknown preset/);
        } else {
          s.stocks[1].name = name;
          writeFileSync(join(cwd, 'scenario.json'), JSON.stringify(s));
          const outcome = await runBudgeted(['sweep', '--scenario', 'scenario.json', '--samples', '100', '--explain', '--trajectories'], cwd);
          expect(outcome.code, outcome.stderr).toBe(0);
          const result = JSON.parse(outcome.stdout);
          for (const key of ['stocks', 'sensitivity']) expect(Object.keys(result[key])).toEqual([s.stocks[0].name, name]);
          expect(Object.keys(result.trajectories.supply)).toEqual([s.stocks[0].name, name]);
        }
        rmSync(cwd, { recursive: true });
      }),
      { ...settings, numRuns: runs(12) },
    );
  }, TEST_TIMEOUT_MS);
});

describe('fuzzing with control characters', () => {
  it('no control character from a file name, name, CSV cell or samples path reaches stderr raw', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, fc.constantFrom('file name', 'scenario name', 'stock name', 'csv cell', 'csv header', 'samples path', 'merge file'), async (text, where) => {
        const cwd = caseFolder();
        const s = base();
        let argv = ['sweep', '--scenario', 'scenario.json', '--samples', '100'];
        if (where === 'file name') argv = ['sweep', '--scenario', text.replaceAll('\u0000', '') + '.json', '--samples', '100'];
        else if (where === 'merge file') argv = ['merge', text.replaceAll('\u0000', '')];
        else if (where === 'scenario name') s.name = text;
        else if (where === 'stock name') s.stocks[0].name = text;
        else if (where === 'samples path') s.demand = { mode: 'compute', flops0: 1e25, growthPerYear: 4, scalingLaw: { samples: text } };
        else {
          writeFileSync(join(cwd, 'runs.csv'), where === 'csv header' ? `params,${text},loss\n1,2,3\n` : `params,tokens,loss\n1e9,2e10,${text}\n`);
          argv = ['fit', 'runs.csv', '--out', 'draws.csv', '--bootstrap', '1'];
        }
        writeFileSync(join(cwd, 'scenario.json'), JSON.stringify(s));
        expectOneCleanLine(await runBudgeted(argv, cwd), `${where} ${JSON.stringify(text)}`);
        rmSync(cwd, { recursive: true });
      }),
      settings,
    );
  }, TEST_TIMEOUT_MS);
});

describe('fuzzing merge with forged shards', () => {
  // One shard of one: a forgery that slipped through would merge and exit 0. 200 samples give every section
  // the forgeries edit (the 2,000 it had made a file four times the size, which each case decodes and encodes).
  let good: string;
  beforeAll(async () => {
    const cwd = caseFolder();
    const outcome = await runCli(['sweep', '--preset', 'contract-example', '--samples', '200', '--seed', '3', '--explain', '--trajectories', '--shard', '1/1', '--out', 'shard.json'], { cwd, cores: 1 });
    expect(outcome.code, outcome.stderr).toBe(0);
    good = readFileSync(join(cwd, 'shard.json'), 'utf8');
  });

  type Forgery = (plan: any, summary: any) => void;
  const number = fc.constantFrom(NaN, -1, 0.5, Infinity, -Infinity, 1e300, 2 ** 53 + 2, -0.5);
  const forgery: fc.Arbitrary<{ kind: string; apply: Forgery }> = fc.oneof(
    hostileText.map((t) => ({ kind: `name ${JSON.stringify(t)}`, apply: (p: any) => (p.name = t) })),
    hostileText.map((t) => ({ kind: `stock name ${JSON.stringify(t)}`, apply: (p: any) => (p.stocks[0].name = t) })),
    fc.constant({ kind: 'duplicate stock names', apply: (p: any) => (p.stocks[1].name = p.stocks[0].name) }),
    fc.integer({ min: -1e9, max: 1e9 }).filter((y) => y < 1900 || y > 3000).map((y) => ({ kind: `year ${y}`, apply: (p: any, s: any) => ((p.horizonYear = y), (s.horizonYear = y)) })),
    fc.integer({ min: 65, max: 5000 }).map((n) => ({ kind: `${n} stocks`, apply: (p: any) => (p.stocks = Array.from({ length: n }, (_, k) => ({ ...p.stocks[0], name: `s${k}` }))) })),
    fc.tuple(fc.constantFrom('sensitivity.count', 'sensitivity.never', 'sensitivity.sumQ', 'stocks.0.bins'), fc.nat(), number).map(([at, k, value]) => ({
      kind: `${at}[${k}] = ${value}`,
      apply: (_: any, s: any) => {
        const array = at.split('.').reduce((o: any, key) => o[key], s) as Float64Array;
        array[k % array.length] = value;
      },
    })),
    fc.tuple(fc.constantFrom('trajectories.recorded', 'samples'), number).map(([at, value]) => ({ kind: `${at} = ${value}`, apply: (_: any, s: any) => (at === 'samples' ? (s.samples = value) : (s.trajectories.recorded = value)) })),
    hostileText.map((t) => ({ kind: `input path ${JSON.stringify(t)}`, apply: (_: any, s: any) => (s.sensitivity.inputs[0].path = t) })),
    // Within the records held (values past them are spare capacity, never read): a value no engine writes.
    fc.tuple(fc.nat(), fc.constantFrom(NaN, Infinity, -Infinity)).map(([k, value]) => ({
      kind: `trajectories.data[${k}] = ${value}`,
      apply: (_: any, s: any) => (s.trajectories.data[k % (s.trajectories.recorded * (1 + s.trajectories.series * s.trajectories.seriesWidth))] = value),
    })),
  );

  it('refuses shards forged with a valid checksum, in one line naming the file', async () => {
    await fc.assert(
      fc.asyncProperty(forgery, async ({ kind, apply }) => {
        const cwd = caseFolder();
        const file = decodeShardFile(new TextEncoder().encode(good), 'good');
        const plan = structuredClone(file.plan) as Plan;
        const summary = structuredClone(file.summary) as SweepSummary;
        apply(plan, summary);
        writeFileSync(join(cwd, 'a.json'), encodeShardFile(plan, file.seed, file.samples, file.shard, summary));
        const outcome = await runBudgeted(['merge', 'a.json'], cwd);
        expectOneCleanLine(outcome, kind);
        expect(outcome.stderr.startsWith('a.json: '), `${kind}: ${outcome.stderr}`).toBe(true);
        rmSync(cwd, { recursive: true });
      }),
      { ...settings, numRuns: runs(15) },
    );
  }, TEST_TIMEOUT_MS);
});

/** A valid distribution with extreme parameters, for a parameter whose values must be > 0 (or ≥ 1 with `atLeastOne`). */
function extremeDist(atLeastOne: boolean): fc.Arbitrary<Json> {
  const low = atLeastOne ? 1 : Number.MIN_VALUE;
  const big = fc.constantFrom(1e-300, 1e-30, 1, 1e30, 1e150, 1e300, 1.7e308, Number.MAX_VALUE, Number.MIN_VALUE);
  const positive = big.filter((x) => x >= low);
  return fc.oneof(
    positive,
    fc.tuple(positive, positive).filter(([a, b]) => a < b).map(([a, b]) => ({ lognormal: { p5: a, p95: b } })),
    fc.tuple(positive, positive).filter(([a, b]) => a < b).map(([a, b]) => ({ loguniform: { min: a, max: b } })),
    fc.tuple(positive, positive).filter(([a, b]) => a < b).map(([a, b]) => ({ uniform: { min: a, max: b } })),
    fc.tuple(positive, positive, positive).filter(([a, c, b]) => a <= c && c <= b && a < b).map(([a, c, b]) => ({ triangular: { min: a, mode: c, max: b } })),
    fc.tuple(fc.constantFrom(-1e300, -1e10, 0, 1, 1e10, 1e300), fc.constantFrom(1e-300, 1e-10, 1, 1e10, 1e300, 1e308)).map(([mean, sd]) => ({ normal: { mean, sd } })),
  ).chain((dist) => fc.oneof({ weight: 3, arbitrary: fc.constant(dist) }, { weight: 1, arbitrary: fc.constant({ mixture: [{ weight: 1e-300, dist }, { weight: 1, dist: { normal: { mean: atLeastOne ? 2 : 1, sd: 1 } } }] } as Json) }));
}

describe('fuzzing with valid-but-extreme scenarios', () => {
  it('runs or refuses in one line, within the budget, on the kernel and the reference engine', async () => {
    const key = fc.constantFrom<[string, boolean]>(['tokens0', false], ['growth', false], ['rStar', false], ['maxEpochs', true], ['flops0', false], ['A', false], ['alpha', false], ['beta', false], ['overtraining', true]);
    const span = fc.constantFrom<[number, number]>([2024, 2100], [1900, 2400], [2500, 3000], [2024, 2025]);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(key, fc.constant(null)).chain(([[name, atLeastOne]]) => extremeDist(atLeastOne).map((dist) => [name, dist] as const)), { minLength: 1, maxLength: 3 }), span, fc.constantFrom('kernel', 'reference'), async (edits, [startYear, horizonYear], engine) => {
        const cwd = caseFolder();
        const s = base();
        s.startYear = startYear;
        s.horizonYear = horizonYear;
        s.demand = { mode: 'compute', flops0: 1e25, growthPerYear: 3, scalingLaw: { E: 1.8, A: 480, B: 2000, alpha: 0.34, beta: 0.37 } };
        for (const [name, dist] of edits) {
          if (name === 'tokens0') s.stocks[0].tokens0 = dist;
          else if (name === 'growth') s.stocks[1].growthPerYear = dist;
          else if (name === 'rStar' || name === 'maxEpochs') s.training = { ...s.training, [name]: dist };
          else if (name === 'flops0' || name === 'overtraining') s.demand[name] = dist;
          else s.demand.scalingLaw[name] = dist;
        }
        writeFileSync(join(cwd, 'scenario.json'), JSON.stringify(s));
        const outcome = await runBudgeted(['sweep', '--scenario', 'scenario.json', '--samples', '300', '--engine', engine, '--explain', '--trajectories'], cwd);
        const context = `${engine} ${JSON.stringify(s).slice(0, 600)}`;
        if (outcome.code === 0) expect(JSON.parse(outcome.stdout).samples, context).toBe(300);
        else expectOneCleanLine(outcome, context);
        rmSync(cwd, { recursive: true });
      }),
      { ...settings, numRuns: runs(20) },
    );
  }, TEST_TIMEOUT_MS);
});
