import type { Plan } from '../model/plan.js';
import { inputError } from '../errors/error-catalogue.js';
import { MAX_SAMPLE_INDEX } from '../random/splitmix64.js';
import { MAX_SHARDS, shardRange, type SampleRange } from './shard-range.js';
import { binCount, type SweepSummary } from '../summary/sweep-summary.js';
import { dataFromJson, dataToJson, ShardDataError } from './shard-file-data.js';
import { sha256Hex } from '../math/sha256.js';
import { checkPlan, checkSections } from './shard-checks.js';
import { scenarioDigest } from './scenario-digest.js';
import { THIS_HORIZON, type HorizonVersion } from '../version.js';
import type { VarySpec } from '../whatif/parse-vary.js';

/**
 * The partial result of one shard (`horizon sweep --shard I/N --out FILE`), as bytes. Two lines of UTF-8:
 *
 *   {"format":"horizon-shard","version":2,"horizon":{"version":"X.Y.Z","stream":K},"scenario":…,
 *    "scenarioDigest":"sha256:…","seed":…,"samples":…,
 *    "shard":{"index":I,"count":N},"sampleRange":{"first":…,"end":…},"plan":{…},"summary":{…}}
 *   {"sha256":"<SHA-256 of the first line, newline included>"}
 *
 * The first line describes itself (format and version first, so they are read before anything else); `plan`
 * is the compiled scenario, whose digest says whether two shards belong to the same run, and `summary` is
 * the shard's SweepSummary, both stored by `dataToJson`. The checksum line comes last, so a file cut short
 * anywhere fails it. Equal inputs give equal bytes. docs/cluster.md describes the format for users.
 *
 * A shard of a what-if sweep (`sweep --vary … --shard I/N`) has, instead of `summary`, `"vary"` (the axes as
 * given) and `"points"` (one summary per point of the grid, in grid order), all over the shard's samples.
 */
export const SHARD_FORMAT = 'horizon-shard';
/** Bumped on any change a previous reader would misread; readers refuse versions above their own. */
export const SHARD_FORMAT_VERSION = 2;

/** A shard file's content (docs/cluster.md): which run and which samples it holds, and their counts. */
export interface ShardFile {
  /** The Horizon and random-stream versions that computed the shard; a merge's result records them. */
  readonly horizon: HorizonVersion;
  /** The scenario's name (also plan.name), for people reading the file. */
  readonly scenario: string;
  /** "sha256:" and the SHA-256 of the plan as stored: equal for shards of the same scenario. */
  readonly scenarioDigest: string;
  readonly seed: number;
  /** Samples of the whole, unsharded run. */
  readonly samples: number;
  /** Shard `index` (1-based) of `count`. */
  readonly shard: { readonly index: number; readonly count: number };
  /** The samples this shard ran: `shardRange(samples, index, count)`. */
  readonly sampleRange: SampleRange;
  readonly plan: Plan;
  /** The shard's summary; for a what-if shard, its first point's (the same object as points[0]). */
  readonly summary: SweepSummary;
  /** A what-if shard's axes as given, and every point's summary in grid order. */
  readonly vary?: { readonly specs: readonly VarySpec[]; readonly points: readonly SweepSummary[] };
}

const MAGIC = `{"format":"${SHARD_FORMAT}","version":`;
const TRAILER = /^\{"sha256":"([0-9a-f]{64})"\}\n$/;
const utf8 = new TextEncoder();

/** The digest that identifies a compiled scenario in shard files and results. */
export const planDigest = scenarioDigest;

/** The shard file's text for shard `shard` of a run of `samples` samples of `plan` with `seed`. */
export function encodeShardFile(
  plan: Plan, seed: number, samples: number, shard: { index: number; count: number }, summary: SweepSummary,
  vary?: { readonly specs: readonly VarySpec[]; readonly points: readonly SweepSummary[] },
): string {
  const body = {
    format: SHARD_FORMAT,
    version: SHARD_FORMAT_VERSION,
    horizon: { version: THIS_HORIZON.version, stream: THIS_HORIZON.stream },
    scenario: plan.name,
    scenarioDigest: planDigest(plan),
    seed,
    samples,
    shard: { index: shard.index, count: shard.count },
    sampleRange: shardRange(samples, shard.index, shard.count),
    plan: dataToJson(plan),
    ...(vary
      ? { vary: vary.specs.map(({ path, op, values }) => ({ path, op, values: [...values] })), points: vary.points.map((point) => dataToJson(point)) }
      : { summary: dataToJson(summary) }),
  };
  const line = JSON.stringify(body) + '\n';
  return `${line}{"sha256":"${sha256Hex(utf8.encode(line))}"}\n`;
}

/**
 * Reads a shard file's bytes. Throws an InputError naming `source` (the file) when the bytes are not a shard
 * file, come from a newer format version, are truncated or corrupted (checksum), or do not hold together.
 */
export function decodeShardFile(bytes: Uint8Array, source: string): ShardFile {
  const truncated = (): never => {
    throw inputError('shardTruncated', source);
  };
  const invalid = (why: string): never => {
    throw inputError('shardInvalid', source, why);
  };
  if (bytes.length === 0) throw inputError('shardEmpty', source);
  const head = new TextDecoder().decode(bytes.subarray(0, MAGIC.length + 12));
  if (!head.startsWith(MAGIC)) {
    if (MAGIC.startsWith(head)) truncated();
    throw inputError('notAShard', source, MAGIC);
  }
  const version = /^(\d{1,9})[,}]/.exec(head.slice(MAGIC.length));
  if (!version) {
    if (/^\d*$/.test(head.slice(MAGIC.length))) truncated();
    invalid('its format version is not a whole number');
  }
  const versionNumber = Number(version![1]);
  if (versionNumber > SHARD_FORMAT_VERSION) {
    throw inputError('shardVersionNewer', source, versionNumber, SHARD_FORMAT_VERSION);
  }
  if (versionNumber < 1) invalid(`unknown format version ${versionNumber}`);
  if (versionNumber < SHARD_FORMAT_VERSION) throw inputError('shardVersionOlder', source, versionNumber);

  const newline = bytes.indexOf(0x0a);
  const trailer = newline === -1 ? null : TRAILER.exec(new TextDecoder().decode(bytes.subarray(newline + 1, newline + 200)));
  if (trailer === null || bytes.length !== newline + 1 + trailer[0].length) truncated();
  const body = bytes.subarray(0, newline + 1);
  if (sha256Hex(body) !== trailer![1]) throw inputError('shardChecksum', source);

  let json: Record<string, unknown>;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
  } catch {
    throw inputError('shardNotJson', source);
  }
  try {
    return readBody(json);
  } catch (error) {
    if (error instanceof ShardDataError) invalid(error.message);
    throw error;
  }
}

function readBody(json: Record<string, unknown>): ShardFile {
  const bad = (path: string, rule: string): never => {
    throw new ShardDataError(path, rule);
  };
  const { scenario, scenarioDigest, seed, samples } = json;
  const horizon = json.horizon as Record<string, unknown> | null;
  if (typeof horizon !== 'object' || horizon === null || typeof horizon.version !== 'string' || !/^\d{1,9}\.\d{1,9}\.\d{1,9}$/.test(horizon.version) || !isCount(horizon.stream, 1, 1e9)) {
    bad('horizon', 'expected {"version": "X.Y.Z", "stream": K}');
  }
  const shard = json.shard as Record<string, unknown> | null;
  const range = json.sampleRange as Record<string, unknown> | null;
  if (typeof scenario !== 'string') bad('scenario', 'expected a string');
  if (typeof scenarioDigest !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(scenarioDigest)) bad('scenarioDigest', 'expected "sha256:" and 64 hex digits');
  if (!isCount(seed, 0, Number.MAX_SAFE_INTEGER)) bad('seed', 'expected a whole number ≥ 0');
  if (!isCount(samples, 1, MAX_SAMPLE_INDEX)) bad('samples', `expected a whole number in [1, 2^44]`);
  if (typeof shard !== 'object' || shard === null || !isCount(shard.count, 1, MAX_SHARDS) || !isCount(shard.index, 1, shard.count as number)) {
    bad('shard', 'expected {"index": I, "count": N} with 1 ≤ I ≤ N');
  }
  const index = shard!.index as number;
  const count = shard!.count as number;
  const expected = shardRange(samples as number, index, count);
  if (typeof range !== 'object' || range === null || range.first !== expected.first || range.end !== expected.end) {
    bad('sampleRange', `expected {"first": ${expected.first}, "end": ${expected.end}} for shard ${index}/${count} of ${samples} samples`);
  }
  const plan = dataFromJson(json.plan, 'plan') as Plan;
  checkPlan(plan, bad);
  if (plan.name !== scenario) bad('scenario', 'differs from plan.name');
  if (planDigest(plan) !== scenarioDigest) bad('scenarioDigest', 'does not match the plan it describes');
  const vary = json.vary === undefined ? undefined : readVary(json, plan, expected.end - expected.first, bad);
  const summary = vary ? vary.points[0] : (dataFromJson(json.summary, 'summary') as SweepSummary);
  if (!vary) checkCounts(summary, plan, expected.end - expected.first, bad);
  for (const point of vary ? vary.points : [summary]) checkSections(point, plan, expected, bad);
  return {
    horizon: { version: horizon!.version as string, stream: horizon!.stream as number }, scenario: scenario as string, scenarioDigest: scenarioDigest as string,
    seed: seed as number, samples: samples as number, shard: { index, count }, sampleRange: expected, plan, summary, ...(vary ? { vary } : {}),
  };
}

/** A what-if shard's axes (checked for shape; merge checks them against the plan) and per-point summaries. */
function readVary(json: Record<string, unknown>, plan: Plan, samples: number, bad: (path: string, rule: string) => never): NonNullable<ShardFile['vary']> {
  const specs = json.vary;
  const isSpec = (x: unknown): x is VarySpec => {
    const spec = x as Record<string, unknown>;
    return typeof spec === 'object' && spec !== null && typeof spec.path === 'string' && (spec.op === 'set' || spec.op === 'scale') &&
      Array.isArray(spec.values) && spec.values.length > 0 && spec.values.every((v) => typeof v === 'number' && Number.isFinite(v));
  };
  if (!Array.isArray(specs) || specs.length < 1 || specs.length > 2 || !specs.every(isSpec)) bad('vary', 'expected one or two {"path", "op", "values"} axes');
  const count = (specs as VarySpec[]).reduce((product, spec) => product * spec.values.length, 1);
  if (!Array.isArray(json.points) || json.points.length !== count) bad('points', `expected ${count} summaries, one per point of the grid`);
  const points = (json.points as unknown[]).map((point, k) => dataFromJson(point, `points[${k}]`) as SweepSummary);
  points.forEach((point) => checkCounts(point, plan, samples, bad));
  return { specs: specs as VarySpec[], points };
}

/** The core counts of SweepSummary: every sample lands once per stock in already, never or one bin. */
function checkCounts(summary: SweepSummary, plan: Plan, samples: number, bad: (path: string, rule: string) => never): void {
  if (typeof summary !== 'object' || summary === null) bad('summary', 'expected an object');
  if (summary.startYear !== plan.startYear || summary.horizonYear !== plan.horizonYear) bad('summary', 'its years differ from the plan\'s');
  if (summary.samples !== samples) bad('summary.samples', `expected ${samples}, the size of the shard's sample range`);
  if (!Array.isArray(summary.stocks) || summary.stocks.length !== plan.stocks.length) bad('summary.stocks', `expected ${plan.stocks.length} stocks`);
  const bins = binCount(plan.startYear, plan.horizonYear);
  summary.stocks.forEach((counts, k) => {
    const at = `summary.stocks[${k}]`;
    if (typeof counts !== 'object' || counts === null || !(counts.bins instanceof Float64Array) || counts.bins.length !== bins) bad(`${at}.bins`, `expected a Float64Array of ${bins} counts`);
    if (!isCount(counts.already, 0, samples) || !isCount(counts.never, 0, samples)) bad(at, 'expected counts already and never');
    let total = counts.already + counts.never;
    for (const n of counts.bins) {
      if (!isCount(n, 0, samples)) bad(`${at}.bins`, 'expected whole counts');
      total += n;
    }
    if (total !== samples) bad(at, `counts add up to ${total}, not the shard's ${samples} samples`);
  });
}

function isCount(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max;
}
