import type { Plan } from '../model/plan.js';
import { inputError } from '../errors/error-catalogue.js';
import { mergeSummary, type SweepSummary } from '../summary/sweep-summary.js';
import type { ShardFile } from './shard-file.js';
import type { HorizonVersion } from '../version.js';

/** A decoded shard file and the name it was read from (for messages). */
export interface NamedShard {
  readonly source: string;
  readonly file: ShardFile;
}

/** The whole run rebuilt from its shards. */
export interface MergedShards {
  /** The Horizon and random-stream versions every shard was computed with. */
  readonly horizon: HorizonVersion;
  readonly plan: Plan;
  readonly seed: number;
  readonly summary: SweepSummary;
  /** A what-if run's axes and every point's merged summary. */
  readonly vary?: ShardFile['vary'];
}

/** Merges shard files one at a time, so memory holds one summary and the file being added, whatever N is. */
export interface ShardMerge {
  /** Checks a shard against those added before and adds its counts; throws an InputError naming its file. */
  add(shard: NamedShard): void;
  /** The whole run; throws an InputError when a shard is missing. */
  finish(): MergedShards;
}

/**
 * Merges the shard files of one run, given in any order, into the summary of the unsharded run. Refuses, with
 * an InputError naming the file at fault, shards of another scenario, Horizon version or random stream, seed, sample count or shard count, a
 * shard given twice, summaries of different shapes (sections), and a missing shard. Counts are added with
 * `mergeSummary`, whose sums are exact integers, so the order of the files does not matter.
 */
export function createShardMerge(): ShardMerge {
  let first: NamedShard | undefined;
  const sources = new Map<number, string>();
  return {
    add(shard) {
      if (first === undefined) {
        // The first shard's freshly decoded summary is the accumulator, so it keeps whatever sections it has.
        first = shard;
      } else {
        checkSameRun(shard, first);
        if (JSON.stringify(shard.file.vary?.specs ?? null) !== JSON.stringify(first.file.vary?.specs ?? null)) {
          throw inputError('shardOtherAxes', shard.source, first.source);
        }
        const difference = shapeDifference(first.file.summary, shard.file.summary, 'summary');
        if (difference) throw inputError('shardOtherShape', shard.source, difference, first.source);
      }
      const twin = sources.get(shard.file.shard.index);
      if (twin !== undefined) {
        throw inputError('shardTwice', shard.source, twin === shard.source ? undefined : `${label(shard.file)} again, as is ${twin}`);
      }
      sources.set(shard.file.shard.index, shard.source);
      if (shard !== first) {
        // A what-if shard's summary is its first point's, so merging the points merges it too.
        if (first.file.vary && shard.file.vary) first.file.vary.points.forEach((point, k) => mergeSummary(point, shard.file.vary!.points[k]));
        else mergeSummary(first.file.summary, shard.file.summary);
      }
    },
    finish() {
      if (first === undefined) throw inputError('noShards', 'merge');
      const count = first.file.shard.count;
      const missing = Array.from({ length: count }, (_, k) => k + 1).filter((index) => !sources.has(index));
      if (missing.length > 0) throw inputError('shardsMissing', 'merge', missing, count);
      const { vary } = first.file;
      return { horizon: first.file.horizon, plan: first.file.plan, seed: first.file.seed, summary: first.file.summary, ...(vary ? { vary } : {}) };
    },
  };
}

/** `createShardMerge` over a list. */
export function mergeShardFiles(shards: readonly NamedShard[]): MergedShards {
  const merge = createShardMerge();
  for (const shard of shards) merge.add(shard);
  return merge.finish();
}

function checkSameRun({ source, file }: NamedShard, { source: firstSource, file: expected }: NamedShard): void {
  if (file.scenarioDigest !== expected.scenarioDigest) {
    const which = file.scenario === expected.scenario ? `a different version of scenario ${JSON.stringify(file.scenario)}` : `scenario ${JSON.stringify(file.scenario)}`;
    throw inputError('shardOtherScenario', source, which, file.scenarioDigest.slice(0, 19), expected.scenario, expected.scenarioDigest.slice(0, 19), firstSource);
  }
  const differs = (what: string, value: number, other: number): never => {
    throw inputError('shardOtherSetting', source, what, value, firstSource, other);
  };
  const { horizon } = file;
  if (horizon.version !== expected.horizon.version || horizon.stream !== expected.horizon.stream) {
    throw inputError('shardOtherVersion', source, horizon.version, horizon.stream, firstSource, expected.horizon.version, expected.horizon.stream);
  }
  if (file.seed !== expected.seed) differs('seed', file.seed, expected.seed);
  if (file.samples !== expected.samples) differs('samples', file.samples, expected.samples);
  if (file.shard.count !== expected.shard.count) {
    throw inputError('shardOtherCount', source, label(file), firstSource, label(expected));
  }
}

function label(file: ShardFile): string {
  return `${file.shard.index}/${file.shard.count}`;
}

/** The path of the first difference in structure (keys, kinds, lengths) between two plain values, or null. */
function shapeDifference(a: unknown, b: unknown, path: string): string | null {
  const kind = (x: unknown): string => (x === null ? 'null' : Array.isArray(x) ? 'array' : ArrayBuffer.isView(x) ? Object.prototype.toString.call(x) : typeof x);
  if (kind(a) !== kind(b)) return path;
  // Trajectory records (trajectory-records.ts) grow with the paths a shard recorded, and a shard that ran no
  // sample has no layout yet: any length.
  if (path === 'summary.trajectories.data' || path === 'summary.trajectories.demandModes') return null;
  if (ArrayBuffer.isView(a)) return (a as Float64Array).length === (b as Float64Array).length ? null : path;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    if (a.length !== other.length) return path;
    for (let k = 0; k < a.length; k++) {
      const inner = shapeDifference(a[k], other[k], `${path}[${k}]`);
      if (inner) return inner;
    }
    return null;
  }
  if (typeof a === 'object' && a !== null) {
    const keysA = Object.keys(a);
    const keysB = Object.keys(b as object);
    const extra = keysA.find((key) => !Object.hasOwn(b as object, key)) ?? keysB.find((key) => !Object.hasOwn(a, key));
    if (extra !== undefined) return `${path}.${extra}`;
    for (const key of keysA) {
      const inner = shapeDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
      if (inner) return inner;
    }
  }
  return null;
}
