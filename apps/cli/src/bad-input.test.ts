import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCENARIO_PRESETS } from '@horizon/sim';
import { run } from './run.js';
import { caseFolder } from '../../../test-support/case-folder.js';

/**
 * Bad input of every kind, each with the exact line the user sees (docs/scenario.md#errors): exit 2, that one line on
 * stderr naming the path, nothing on stdout and no file written.
 */
type Scenario = Record<string, any>;
const base = (): Scenario => structuredClone(SCENARIO_PRESETS['contract-example']) as Scenario;
const OUT = ['--shard', '1/2', '--out', 'out.json'];

async function runIn(cwd: string, argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run({ argv, stdout: { write: (t: string) => (stdout += t), isTTY: false }, stderr: { write: (t: string) => (stderr += t), isTTY: false }, cwd, cores: 1 });
  return { code, stdout, stderr };
}

async function expectRefusal(cwd: string, argv: string[], line: string): Promise<void> {
  const outcome = await runIn(cwd, argv);
  expect(outcome).toEqual({ code: 2, stdout: '', stderr: `${line}\n` });
  expect(readdirSync(cwd).filter((f) => f.startsWith('out') || f.startsWith('.out'))).toEqual([]);
}

describe('bad scenario files', () => {
  it.each<[string, (s: Scenario) => unknown, string]>([
    ['p5 above p95', (s) => (s.demand.tokens0 = { lognormal: { p5: 3e13, p95: 1e13 } }), 'demand.tokens0.lognormal: p5 (3e13) must be below p95 (1e13)'],
    ['an unknown key', (s) => (s.stocks[0].tokenz = 1), 'stocks[0]: unknown key "tokenz"'],
    ['an unknown key at the top', (s) => (s.horizon = 2100), 'scenario.json: unknown key "horizon"'],
    ['"__proto__" as a key', (s) => Object.defineProperty(s.training, '__proto__', { value: 1, enumerable: true }), 'training: unknown key "__proto__"'],
    ['a negative count', (s) => (s.stocks[1].tokens0 = -5), 'stocks[1].tokens0: must be > 0, got -5'],
    ['an infinite number', (s) => (s.stocks[0].growthPerYear = '__INF__'), 'stocks[0].growthPerYear: expected a finite number, got Infinity'],
    ['a missing name', (s) => delete s.name, 'name: is required (a string)'],
    ['an empty name', (s) => (s.name = ' '), 'name: must not be empty'],
    ['a name of two lines', (s) => (s.stocks[0].name = 'web\nbooks'), 'stocks[0].name: must be one line of printable text, got "web\\nbooks"'],
    ['an empty object as a distribution', (s) => (s.stocks[0].tokens0 = {}), 'stocks[0].tokens0: a distribution has exactly one kind (fixed, normal, lognormal, uniform, loguniform, triangular or mixture), got none'],
    ['two kinds in one distribution', (s) => (s.stocks[0].tokens0 = { uniform: { min: 1, max: 2 }, normal: { mean: 1, sd: 1 } }), 'stocks[0].tokens0: a distribution has exactly one kind (fixed, normal, lognormal, uniform, loguniform, triangular or mixture), got "uniform", "normal"'],
    ['mixture weights that overflow', (s) => (s.stocks[0].growthPerYear = { mixture: [{ weight: 1e308, dist: 1.05 }, { weight: 1e308, dist: 1.1 }] }), 'stocks[0].growthPerYear.mixture: the weights add up to more than the largest number; scale them down (only their ratios matter)'],
    ['a fractional year', (s) => (s.startYear = 2024.5), 'startYear: must be a whole year, got 2024.5'],
    ['a year out of range', (s) => (s.horizonYear = 1e308), 'horizonYear: must lie in [1900, 3000], got 1e308'],
    ['too long a span', (s) => ((s.startYear = 1950), (s.horizonYear = 2500), (s.demand.growthPerYear[0].until = 2000)), 'horizonYear: spans 550 years from startYear; at most 500 are allowed'],
    ['too many stocks', (s) => (s.stocks = Array.from({ length: 65 }, (_, k) => ({ ...s.stocks[0], name: `s${k}` }))), 'stocks: has 65 stocks; at most 64 are allowed'],
    ['no stocks', (s) => (s.stocks = []), 'stocks: needs at least one stock'],
    ['too many segments', (s) => (s.demand.growthPerYear = [...Array.from({ length: 64 }, (_, k) => ({ until: 2025 + k, factor: 2 })), { factor: 1.5 }]), 'demand.growthPerYear: has 65 segments; at most 64 are allowed'],
    ['an empty schedule', (s) => (s.demand.growthPerYear = []), 'demand.growthPerYear: a growth schedule needs at least one segment'],
    ['normals that would cost too many draws', (s) => (s.stocks = Array.from({ length: 64 }, (_, k) => ({ name: `s${k}`, tokens0: 1e14, growthPerYear: [...Array.from({ length: 63 }, (_, j) => ({ until: 2025 + j, factor: { normal: { mean: -1.3, sd: 1 } } })), { factor: 1.01 }] }))), 'scenario.json: needs about 84,000 random draws per sample, more than the 16,384 allowed: its truncated normals keep little of their mass inside their ranges; narrow them or use bounded distributions'],
    ['deep nesting', (s) => (s.stocks[0].tokens0 = '__DEEP__'), 'stocks[0].tokens0: expected a number or a distribution such as {"lognormal": {"p5": …, "p95": …}}, got a list'],
  ])('refuses %s', async (_, mutate, line) => {
    const cwd = caseFolder();
    const scenario = base();
    mutate(scenario);
    const text = JSON.stringify(scenario).replace('"__INF__"', '1e999').replace('"__DEEP__"', '['.repeat(50_000) + ']'.repeat(50_000));
    writeFileSync(join(cwd, 'scenario.json'), text);
    await expectRefusal(cwd, ['sweep', '--scenario', 'scenario.json', ...OUT], line);
  });

  it.each<[string, string | Uint8Array, string]>([
    ['malformed JSON', '{"name": "x",\n  "startYear": 2024,,}', 'scenario.json: invalid JSON at line 2, column 21: expected a property name in double quotes (a trailing comma?)'],
    ['NaN, which JSON does not have', '{"name": NaN}', 'scenario.json: invalid JSON at line 1, column 10: unexpected "NaN"; JSON has numbers, "strings", true, false, null, objects and arrays'],
    ['an empty file', '', 'scenario.json: invalid JSON: the file is empty'],
    ['an unclosed comment', '{"name": "x" /* note', 'scenario.json: invalid JSON at line 1, column 14: a /* comment is not closed'],
    ['a list instead of an object', '[]', 'scenario.json: expected an object, got a list'],
    ['invalid UTF-8', new Uint8Array([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d]), '--scenario: scenario.json is not valid UTF-8 text'],
  ])('refuses %s', async (_, content, line) => {
    const cwd = caseFolder();
    writeFileSync(join(cwd, 'scenario.json'), content);
    await expectRefusal(cwd, ['sweep', '--scenario', 'scenario.json', ...OUT], line);
  });
});

describe('bad command lines', () => {
  it.each<[string[], string]>([
    [['sweep', '--samples', '0'], '--samples: must be between 1 and 1.7592186044416e13, got 0'],
    [['sweep', '--samples', '1e6x'], '--samples: expected a whole number such as 1000000, 1e6 or 1_000_000, got "1e6x"'],
    [['sweep', '--samples', '1e14'], '--samples: must be between 1 and 1.7592186044416e13, got 1e14'],
    [['sweep', '--seed', '-1'], '--seed: expected a whole number such as 1000000, 1e6 or 1_000_000, got "-1"'],
    [['sweep', '--threads', '0'], '--threads: must be between 1 and 256, got 0'],
    [['sweep', '--format', 'yaml'], '--format: must be table, json or csv, got "yaml"'],
    [['sweep', '--engine', 'gpu'], '--engine: must be kernel or reference, got "gpu"'],
    [['sweep', '--sed', '1'], '--sed: unknown option; did you mean --seed?'],
    [['sweep', '--samples'], '--samples: needs a value (--samples <n>)'],
    [['sweep', 'extra'], 'sweep: too many arguments: expected 0, got 1'],
    [['swep'], 'swep: unknown command; did you mean sweep?'],
    [['sweep', '--preset', 'nope'], '--preset: unknown preset "nope"; known: ' + Object.keys(SCENARIO_PRESETS).join(', ')],
    [['sweep', '--scenario', 'missing.json'], '--scenario: cannot read missing.json: no such file'],
    [['sweep', '--scenario', 'a.json', '--preset', 'default'], '--preset: give either --scenario or --preset, not both'],
    [['sweep', '--shard', '0/4', '--out', 'out.json'], '--shard: I must be between 1 and N (4), got 0; shards are counted from 1'],
    [['sweep', '--shard', '5/4', '--out', 'out.json'], '--shard: I must be between 1 and N (4), got 5; shards are counted from 1'],
    [['sweep', '--shard', '1of4', '--out', 'out.json'], '--shard: expected I/N, shard I of N counted from 1 (e.g. 2/8), got "1of4"'],
    [['sweep', '--shard', '1/200000', '--out', 'out.json'], '--shard: N must be between 1 and 100000, got 200000'],
    [['sweep', '--shard', '1/4'], '--shard: needs --out FILE: the shard\'s partial result goes there, for horizon merge'],
    [['sweep', '--out', 'out.json'], '--out: writes a shard\'s partial result, so it needs --shard I/N too (e.g. --shard 1/4 --out shard-1.json)'],
    [['sweep', '--shard', '1/4', '--out', 'out.json', '--format', 'json'], '--format: a shard writes its partial result to --out; give --format to horizon merge instead'],
    [['sweep', '--shard', '1/4', '--out', 'no/such/folder/out.json'], '--out: cannot write "no/such/folder/out.json": its folder "no/such/folder" does not exist'],
    [['merge'], 'merge: needs the shard files to merge'],
    [['merge', 'out-1.json'], 'out-1.json: cannot read it: no such file'],
  ])('horizon %j is refused', async (argv, line) => {
    await expectRefusal(caseFolder(), argv, line);
  });
});
