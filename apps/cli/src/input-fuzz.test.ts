import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SCENARIO_PRESETS } from '@horizon/sim';
import { SHARD_FORMAT_VERSION } from '@horizon/sim/internal';
import { run } from './run.js';

/**
 * Fuzzing every way in: thousands of generated malformed scenario files, argument lists and shard files, run
 * through `run` in-process. Every case must exit 2 with exactly one stderr line that names the path at fault,
 * print nothing on stdout, create no output file and never show a stack.
 *
 * `npm test` runs FUZZ_RUNS cases per property with a fixed seed. For a longer hunt:
 *   HORIZON_FUZZ_RUNS=100000 HORIZON_FUZZ_SEED=$RANDOM npx vitest run src/input-fuzz.test.ts
 * A failure prints its seed and path; rerun with them to replay it (docs/scenario.md).
 */
const FUZZ_RUNS = Number(process.env.HORIZON_FUZZ_RUNS ?? 1500);
const FUZZ_SEED = Number(process.env.HORIZON_FUZZ_SEED ?? 20251124);
// The shared config's limit, or more for a longer hunt: a guard against a hang, never a speed check.
const FUZZ_TIMEOUT_MS = Math.max(600_000, FUZZ_RUNS * 400);
const settings = { numRuns: FUZZ_RUNS, seed: FUZZ_SEED, endOnFailure: true };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Segment = string | number;

/** Valid scenarios to break: between them they use every kind of key, distribution and demand model. */
const KITCHEN_SINK: Json = {
  $schema: 'https://horizon.invalid/scenario.schema.json',
  name: 'kitchen-sink',
  description: 'every construct once',
  startYear: 2024,
  horizonYear: 2080,
  demand: [
    { mode: 'trend', weight: 1, tokens0: { loguniform: { min: 5e12, max: 3e13 } }, growthPerYear: [{ until: 2028, factor: { triangular: { min: 2, mode: 2.5, max: 3.5 } } }, { factor: { normal: { mean: 1.5, sd: 0.2 } } }] },
    {
      mode: 'compute',
      weight: 2,
      flops0: { lognormal: { p5: 1e25, p95: 1e26 } },
      growthPerYear: { mixture: [{ weight: 1, dist: { uniform: { min: 2, max: 4 } } }, { weight: 3, dist: 4.5 }] },
      scalingLaw: { E: 1.8, A: { normal: { mean: 480, sd: 40 } }, B: 2000, alpha: { uniform: { min: 0.3, max: 0.36 } }, beta: 0.37 },
      overtraining: { uniform: { min: 1, max: 5 } },
    },
  ],
  training: { maxEpochs: { triangular: { min: 1, mode: 2, max: 4 } }, rStar: { normal: { mean: 15.4, sd: 2 } } },
  stocks: [
    { name: 'web', tokens0: 3e14, growthPerYear: 1.05, usableFraction: { uniform: { min: 0.2, max: 0.6 } } },
    { name: 'books', tokens0: { lognormal: { p5: 1e12, p95: 5e12 } }, growthPerYear: [{ until: 2030, factor: 1.02 }, { factor: 1.01 }] },
  ],
};
const BASES: Json[] = [SCENARIO_PRESETS['contract-example'] as Json, SCENARIO_PRESETS.default as Json, KITCHEN_SINK];

/** Keys that may be left out; every other key a base has is required where it is. */
const OPTIONAL_KEYS = new Set(['$schema', 'description', 'training', 'overtraining', 'usableFraction', 'maxEpochs', 'rStar', 'source', 'correlations']);
/** Keys whose number must be above 0 (or ≥ 1, or a year): zero and negatives are always refused there. */
const POSITIVE_KEYS = new Set(['p5', 'p95', 'sd', 'startYear', 'horizonYear', 'until', 'rStar', 'usableFraction', 'tokens0', 'flops0', 'weight', 'factor', 'growthPerYear', 'maxEpochs', 'overtraining', 'A', 'B', 'alpha', 'beta']);
const YEAR_KEYS = new Set(['startYear', 'horizonYear']);
/** Names no scenario object accepts, including ones that probe prototypes. */
const ALIEN_KEYS = ['tokenz', 'Name', 'growthperyear', 'p50', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '$ref', '', ' ', 'name ', 'é'];

interface Node {
  readonly path: Segment[];
  readonly value: Json;
}

function nodesOf(value: Json, path: Segment[] = []): Node[] {
  const here = { path, value };
  if (Array.isArray(value)) return [here, ...value.flatMap((item, k) => nodesOf(item, [...path, k]))];
  if (value !== null && typeof value === 'object') return [here, ...Object.entries(value).flatMap(([key, item]) => nodesOf(item, [...path, key]))];
  return [here];
}

/** JSON text of `base` with the node at `path` replaced by raw JSON text (`undefined` deletes it). */
function replaceAt(base: Json, path: Segment[], raw: string | undefined): string {
  const marker = '\u0000HOLE\u0000';
  if (path.length === 0) return raw ?? '';
  const copy = structuredClone(base) as Record<Segment, Json>;
  let parent = copy as Record<Segment, Json>;
  for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<Segment, Json>;
  const last = path[path.length - 1];
  if (raw === undefined) delete parent[last];
  else parent[last] = marker;
  return JSON.stringify(copy, null, 1).replace(JSON.stringify(marker), raw ?? '');
}

function formatPath(path: Segment[]): string {
  return path.reduce<string>((out, s) => (typeof s === 'number' ? `${out}[${s}]` : out ? `${out}.${s}` : s), '');
}

/** One malformed scenario file: its bytes, and the JSON path the fault is at (null: the file as a whole). */
interface BadScenario {
  readonly kind: string;
  readonly bytes: Uint8Array;
  readonly faultPath: string | null;
}

function describe_(kind: string, bytes: Uint8Array, faultPath: string | null, detail?: string): BadScenario {
  const shown = detail ?? new TextDecoder().decode(bytes.subarray(0, 100));
  // fast-check prints a failing case with this, instead of the raw bytes.
  return { kind, bytes, faultPath, [fc.toStringMethod]: () => `${kind} at ${faultPath ?? '(file)'}: ${shown.replace(/\s+/g, ' ').slice(0, 200)} (${bytes.length} bytes)` } as BadScenario;
}

/** A scenario text with the node at `path` replaced by `raw` (deleted when undefined). */
function edited(kind: string, base: Json, path: Segment[], raw: string | undefined): BadScenario {
  const where = formatPath(path);
  return describe_(kind, new TextEncoder().encode(replaceAt(base, path, raw)), where, `${where} = ${raw === undefined ? '(deleted)' : raw.slice(0, 150)}`);
}
const text = (kind: string, body: string, faultPath: string | null): BadScenario => describe_(kind, new TextEncoder().encode(body), faultPath);

const numberLike = fc.oneof(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), fc.integer());
const notANumber: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 8 }).map((s) => JSON.stringify(s)),
  fc.constantFrom('true', 'false', 'null', '{}', '[]', '[1]', '["x"]', '{"lognormal": null}', '{"uniform": {}}', '{"normal": [1, 2]}'),
);
const notAString = fc.oneof(numberLike.map(String), fc.constantFrom('true', 'null', '{}', '[]', '["trend"]'));
const nonFinite = fc.constantFrom('1e999', '-1e999', 'NaN', 'Infinity', '-Infinity', '1e400', '0x10', '1.', '.5', '+1', '01');
const notPositive = fc.oneof(fc.constantFrom('0', '-0', '-1', '-1e308', '-5e-324'), fc.double({ max: -1e-300, min: -1e300, noNaN: true }).map(String));

function badScenarioFor(base: Json): fc.Arbitrary<BadScenario> {
  const nodes = nodesOf(base);
  const leaves = nodes.filter((n) => typeof n.value === 'number');
  const strings = nodes.filter((n) => typeof n.value === 'string' && n.path[n.path.length - 1] !== '$schema' && n.path[n.path.length - 1] !== 'description');
  const objects = nodes.filter((n) => n.value !== null && typeof n.value === 'object' && !Array.isArray(n.value));
  // `training` is the one object whose keys are all optional, so {} is valid there.
  const emptiable = objects.filter((n) => n.path[n.path.length - 1] !== 'training');
  const arrays = nodes.filter((n) => Array.isArray(n.value) && n.value.length > 0);
  const containers = nodes.filter((n) => n.value !== null && typeof n.value === 'object' && n.path[n.path.length - 1] !== 'scalingLaw');
  const required = nodes.filter((n) => n.path.length > 0 && typeof n.path[n.path.length - 1] === 'string' && !OPTIONAL_KEYS.has(n.path[n.path.length - 1] as string));
  const positive = leaves.filter((n) => POSITIVE_KEYS.has(String(n.path[n.path.length - 1])) || (n.path.length > 1 && n.path[n.path.length - 2] === 'growthPerYear'));
  const years = leaves.filter((n) => YEAR_KEYS.has(String(n.path[n.path.length - 1])));
  const json = JSON.stringify(base, null, 1);
  const at = (n: Node) => formatPath(n.path);
  const pick = <T,>(list: T[]) => fc.constantFrom(...list);

  return fc.oneof(
    fc.tuple(pick(objects), fc.oneof(fc.constantFrom(...ALIEN_KEYS), fc.string({ minLength: 1, maxLength: 6 }).map((s) => `x-${s}`)), fc.jsonValue({ maxDepth: 2 })).map(([n, key, value]) =>
      edited('extra key', base, n.path, JSON.stringify(n.value).replace(/^\{/, `{${JSON.stringify(key)}: ${JSON.stringify(value) ?? 'null'}, `).replace(/, \}$/, '}')),
    ),
    pick(required).map((n) => edited('missing key', base, n.path, undefined)),
    fc.tuple(pick(leaves), notANumber).map(([n, raw]) => edited('wrong type for a number', base, n.path, raw)),
    fc.tuple(pick(strings), notAString).map(([n, raw]) => edited('wrong type for a string', base, n.path, raw)),
    fc.tuple(pick(containers), fc.constantFrom('true', 'false', 'null', '"x"', '""')).map(([n, raw]) => edited('wrong type for an object or list', base, n.path, raw)),
    fc.tuple(pick(leaves), nonFinite).map(([n, raw]) => {
      const parses = raw.startsWith('1e') || raw.startsWith('-1e');
      // Text JSON.parse refuses names the file; one it reads as ±Infinity is refused at its path.
      return parses ? edited('an infinite number', base, n.path, raw) : describe_('a non-JSON number', new TextEncoder().encode(replaceAt(base, n.path, raw)), null, `${at(n)} = ${raw}`);
    }),
    fc.tuple(pick(positive), notPositive).map(([n, raw]) => edited('zero or negative', base, n.path, raw)),
    fc.tuple(pick(years), fc.oneof(fc.constantFrom('1e308', '9007199254740993', '1899', '3001', '-2024', '2024.5'), fc.integer({ min: 3001 }).map(String))).map(([n, raw]) =>
      edited('an impossible year', base, n.path, raw),
    ),
    fc.tuple(pick(nodes), fc.integer({ min: 1, max: 100_000 }), fc.boolean()).map(([n, depth, asArray]) =>
      edited('deep nesting', base, n.path, asArray ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)),
    ),
    pick(containers).map((n) => edited('an empty list', base, n.path, '[]')),
    pick(emptiable).map((n) => edited('an empty object', base, n.path, '{}')),
    // Every list a scenario has allows at most 64 items (SCENARIO_LIMITS), and any longer one is refused alike,
    // naming the list and its length. Up to 1,000 items is 15 times that; longer lists only took longer to parse.
    fc.tuple(pick(arrays), fc.integer({ min: 65, max: 1000 })).map(([n, length]) => {
      const items = n.value as Json[];
      return edited('a huge list', base, n.path, JSON.stringify(Array.from({ length }, (_, k) => items[k % items.length])));
    }),
    fc.tuple(fc.nat(), fc.constantFrom([0xff], [0xfe, 0xff], [0xc3, 0x28], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xe2, 0x82])).map(([offset, bad]) => {
      const bytes = new TextEncoder().encode(json);
      const cut = offset % bytes.length;
      const out = new Uint8Array([...bytes.subarray(0, cut), ...bad, ...bytes.subarray(cut)]);
      return describe_('invalid UTF-8', out, null);
    }),
    fc.nat().map((offset) => text('a truncated file', json.slice(0, offset % json.lastIndexOf('}')), null)),
    fc.constantFrom('', ' ', '\n', 'null', '[]', '42', '"scenario"', 'true', '{', '}', '{"name": "x",}', '\uFEFF', '/* an unclosed comment\n{}').map((body) => text('not a scenario object', body, null)),
    fc.uint8Array({ maxLength: 64 }).map((bytes) => describe_('random bytes', bytes, '')),
  );
}

const badScenario = fc.oneof(...BASES.map(badScenarioFor));

let folder: string;

/**
 * The folder a property's cases run in, one for all its cases: each case writes its input files afresh, and
 * expectRefused checks that the case left no output or temporary file there, so no case sees another's files
 * (a folder made and removed per case cost more than the refusals it held).
 */
function caseFolder(property: string): string {
  const cwd = join(folder, property);
  mkdirSync(cwd, { recursive: true });
  return cwd;
}

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'horizon-fuzz-'));
});
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

/** Runs `horizon ARGV` in-process in `cwd`, capturing its output. */
async function runIn(cwd: string, argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run({ argv, stdout: { write: (t: string) => (stdout += t), isTTY: false }, stderr: { write: (t: string) => (stderr += t), isTTY: false }, cwd, cores: 1 });
  return { code, stdout, stderr };
}

/** The contract of bad input: exit 2, one line on stderr that starts with a path, nothing else anywhere. */
function expectRefused(outcome: { code: number; stdout: string; stderr: string }, cwd: string, allowedPaths: (named: string) => boolean): void {
  const context = `stderr: ${JSON.stringify(outcome.stderr.slice(0, 300))}`;
  expect(outcome.code, context).toBe(2);
  expect(outcome.stdout, context).toBe('');
  expect(outcome.stderr, context).toMatch(/^[^\n]+\n$/);
  expect(outcome.stderr, context).not.toMatch(/internal error|\n\s+at |Error:/);
  const named = outcome.stderr.slice(0, outcome.stderr.indexOf(': '));
  expect(outcome.stderr.indexOf(': '), context).toBeGreaterThan(0);
  expect(allowedPaths(named), `${context} names ${JSON.stringify(named)}`).toBe(true);
  expect(readdirSync(cwd).filter((f) => f.startsWith('out') || f.endsWith('.tmp')), context).toEqual([]);
}

/** Whether JSON path `a` is `b`, or one lies inside the other. */
function related(a: string, b: string): boolean {
  const within = (inner: string, outer: string) => outer === '' || inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`);
  return within(a, b) || within(b, a);
}

describe('fuzzing the CLI with malformed input', () => {
  it(`refuses ${FUZZ_RUNS} malformed scenario files with exit 2 and one line naming the path`, async () => {
    await fc.assert(
      fc.asyncProperty(badScenario, fc.boolean(), async (bad, sharded) => {
        const cwd = caseFolder('scenarios');
        writeFileSync(join(cwd, 'scenario.json'), bad.bytes);
        const argv = ['sweep', '--scenario', 'scenario.json', '--samples', '100', '--engine', 'reference', ...(sharded ? ['--shard', '1/2', '--out', 'out.json'] : ['--format', 'json'])];
        const outcome = await runIn(cwd, argv);
        expectRefused(outcome, cwd, (named) => named === 'scenario.json' || named === '--scenario' || (bad.faultPath !== null && related(named, bad.faultPath)));
        rmSync(join(cwd, 'scenario.json'));
      }),
      settings,
    );
  }, FUZZ_TIMEOUT_MS);
});

/** One malformed command line and the paths (flags, files, commands) its error may name. */
interface BadArgs {
  readonly argv: string[];
  readonly names: string[];
}

const word = fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/);
const isCount = (text: string) => /^(\d+(_\d+)*)(\.\d+)?([eE][+]?\d+)?$/.test(text.trim());
const badCount = (max: number) =>
  fc.oneof(
    fc.constantFrom('0', '-1', '1.5', 'abc', '', ' ', '1e6x', '1__0', '_1', '0x10', 'Infinity', 'NaN', '1e-3', '1e400', '١٠٠', String(max + 1), '9'.repeat(30)),
    fc.string({ maxLength: 10 }).filter((s) => !isCount(s)),
  );
const badShard = fc.oneof(
  fc.constantFrom('0/3', '4/3', '1/0', '0/0', '1/100001', '1/2/3', '-1/2', '1/-2', 'a/b', '', ' / ', '1', '1/', '/2', '1.5/2', '1e0/2', '2/1'),
  fc.string({ maxLength: 8 }).filter((s) => !/^\s*\d+\s*\/\s*\d+\s*$/.test(s)),
);
const BASE_ARGS = ['sweep', '--preset', 'contract-example', '--samples', '100', '--engine', 'reference'];
const SHARD_ARGS = ['--shard', '1/2', '--out', 'out.json'];

const badArgs: fc.Arbitrary<BadArgs> = fc.oneof(
  badCount(2 ** 44).map((v) => ({ argv: [...BASE_ARGS, '--samples', v], names: ['--samples'] })),
  badCount(Number.MAX_SAFE_INTEGER).filter((v) => v !== '0').map((v) => ({ argv: [...BASE_ARGS, '--seed', v === '' ? 'x' : v.startsWith('-') ? v : `${v}.5x`], names: ['--seed'] })),
  fc.oneof(fc.constantFrom('0', '257', '1e9', 'x', '-1', '1.5', 'all'), word.filter((w) => !isCount(w))).map((v) => ({ argv: [...BASE_ARGS, '--threads', v], names: ['--threads'] })),
  fc.oneof(fc.constantFrom('JSON', ' json', 'tsv', 'Table', 'json,csv'), word.filter((w) => !['table', 'json', 'csv'].includes(w))).map((v) => ({ argv: [...BASE_ARGS, '--format', v], names: ['--format'] })),
  fc.oneof(fc.constantFrom('wasm', 'Kernel', ''), word.filter((w) => !['kernel', 'reference'].includes(w))).map((v) => ({ argv: [...BASE_ARGS, '--engine', v], names: ['--engine'] })),
  badShard.map((v) => ({ argv: [...BASE_ARGS, '--shard', v, '--out', 'out.json'], names: ['--shard'] })),
  fc.constantFrom<BadArgs>(
    { argv: [...BASE_ARGS, '--shard', '1/2'], names: ['--shard'] },
    { argv: [...BASE_ARGS, '--out', 'out.json'], names: ['--out'] },
    { argv: [...BASE_ARGS, ...SHARD_ARGS, '--format', 'json'], names: ['--format'] },
    { argv: [...BASE_ARGS, '--shard', '1/2', '--out', 'missing-folder/out.json'], names: ['--out'] },
    { argv: [...BASE_ARGS, '--shard', '1/2', '--out', '.'], names: ['--out'] },
    { argv: [...BASE_ARGS, '--shard', '1/2', '--out', ''], names: ['--shard'] },
    { argv: ['sweep', '--scenario', 'nowhere.json', ...SHARD_ARGS], names: ['--scenario'] },
    { argv: ['sweep', '--scenario', '.', ...SHARD_ARGS], names: ['--scenario'] },
    { argv: ['sweep', '--scenario', 'x.json', '--preset', 'default'], names: ['--preset'] },
    { argv: [...BASE_ARGS, '--samples'], names: ['--samples'] },
    { argv: ['merge'], names: ['merge'] },
    { argv: ['merge', 'nowhere.json'], names: ['nowhere.json'] },
    { argv: ['merge', '.'], names: ['.'] },
    { argv: ['merge', 'shard-1.json', '--format', 'yaml'], names: ['--format'] },
    { argv: ['presets', 'extra'], names: ['presets'] },
    { argv: ['schema', '--format', 'json'], names: ['--format'] },
  ),
  word.filter((w) => !(w in SCENARIO_PRESETS)).map((v) => ({ argv: ['sweep', '--preset', v, ...SHARD_ARGS], names: ['--preset'] })),
  word.filter((w) => !['scenario', 'preset', 'samples', 'seed', 'threads', 'format', 'shard', 'out', 'engine', 'progress', 'explain', 'trajectories', 'help'].includes(w)).map((w) => ({ argv: [...BASE_ARGS, `--${w}`, ...SHARD_ARGS], names: [`--${w}`] })),
  word.map((w) => ({ argv: [...BASE_ARGS, w], names: ['sweep'] })),
  word.filter((w) => !['sweep', 'merge', 'fit', 'presets', 'schema', 'help'].includes(w)).map((w) => ({ argv: [w, ...SHARD_ARGS], names: [w] })),
);

describe('fuzzing the CLI with malformed command lines', () => {
  it(`refuses ${FUZZ_RUNS} malformed argument lists with exit 2 and one line naming the flag`, async () => {
    await fc.assert(
      fc.asyncProperty(badArgs, async ({ argv, names }) => {
        const cwd = caseFolder('args');
        const outcome = await runIn(cwd, argv);
        expectRefused(outcome, cwd, (named) => names.includes(named));
      }),
      settings,
    );
  }, FUZZ_TIMEOUT_MS);
});

describe('fuzzing horizon merge with broken shard files', () => {
  let good: Uint8Array[];
  beforeAll(async () => {
    const cwd = join(folder, 'good-shards');
    mkdirSync(cwd);
    for (const index of [1, 2]) {
      const outcome = await runIn(cwd, ['sweep', '--preset', 'contract-example', '--samples', '70000', '--seed', '3', '--engine', 'reference', '--shard', `${index}/2`, '--out', `shard-${index}.json`]);
      expect(outcome.code).toBe(0);
    }
    good = [1, 2].map((index) => new Uint8Array(readFileSync(join(cwd, `shard-${index}.json`))));
  });

  const damage = fc.oneof(
    fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })).map(([at, flip]) => ({ kind: 'one byte changed', apply: (b: Uint8Array) => Object.assign(b.slice(), { [at % b.length]: b[at % b.length] ^ flip }) })),
    fc.nat().map((at) => ({ kind: 'truncated', apply: (b: Uint8Array) => b.slice(0, at % b.length) })),
    fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 8 })).map(([at, extra]) => ({ kind: 'bytes inserted', apply: (b: Uint8Array) => new Uint8Array([...b.subarray(0, at % b.length), ...extra, ...b.subarray(at % b.length)]) })),
    fc.constantFrom(`0${SHARD_FORMAT_VERSION}`, String(SHARD_FORMAT_VERSION - 1), String(SHARD_FORMAT_VERSION + 1), '999999999').map((version) => ({
      kind: `version ${version}`,
      apply: (b: Uint8Array) => new TextEncoder().encode(new TextDecoder().decode(b).replace(`"horizon-shard","version":${SHARD_FORMAT_VERSION},`, `"horizon-shard","version":${version},`)),
    })),
    fc.uint8Array({ maxLength: 200 }).map((random) => ({ kind: 'random bytes', apply: () => random })),
  );

  it(`refuses ${Math.ceil(FUZZ_RUNS / 5)} damaged shard files with exit 2 and one line naming the file`, async () => {
    await fc.assert(
      fc.asyncProperty(damage, fc.nat({ max: 1 }), fc.boolean(), async ({ apply }, which, damagedFirst) => {
        const cwd = caseFolder('merge');
        writeFileSync(join(cwd, 'a.json'), apply(good[which]));
        writeFileSync(join(cwd, 'b.json'), good[1 - which]);
        const outcome = await runIn(cwd, ['merge', ...(damagedFirst ? ['a.json', 'b.json'] : ['b.json', 'a.json'])]);
        expectRefused(outcome, cwd, (named) => named === 'a.json');
      }),
      { ...settings, numRuns: Math.ceil(FUZZ_RUNS / 5) },
    );
  }, FUZZ_TIMEOUT_MS);
});

describe('input too large to read', () => {
  it('refuses a 100 MB scenario file before reading it', async () => {
    const cwd = join(folder, 'huge');
    mkdirSync(cwd);
    const file = join(cwd, 'huge.json');
    writeFileSync(file, '{"name": "');
    truncateSync(file, 100 * 1024 * 1024);
    const outcome = await runIn(cwd, ['sweep', '--scenario', 'huge.json', ...SHARD_ARGS]);
    expectRefused(outcome, cwd, (named) => named === '--scenario');
    expect(outcome.stderr).toBe('--scenario: huge.json is 100.0 MB; at most 10 MB is read\n');
    expect(existsSync(join(cwd, 'out.json'))).toBe(false);
  });
});
