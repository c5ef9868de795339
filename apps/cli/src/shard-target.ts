import { MAX_SHARDS, inputError } from '@horizon/sim/internal';
import { checkOutTarget, type OutTarget } from './out-target.js';

/** Where `sweep --shard I/N --out FILE` writes: shard `index` (1-based) of `count`, to `path`. */
export interface ShardTarget {
  readonly index: number;
  readonly count: number;
  /** FILE, checked: it can be written, and replacing it was allowed if it exists. */
  readonly target: OutTarget;
}

/**
 * Reads --shard, --out, --force and --format together and checks that FILE can be written (checkOutTarget),
 * all before the sweep runs. `inputs` are the files the sweep reads, never to be overwritten. Returns undefined
 * for an ordinary, unsharded sweep.
 */
export function parseShardTarget(flags: { shard?: string; out?: string; format?: string; force?: boolean }, cwd: string, inputs: readonly string[] = []): ShardTarget | undefined {
  if (flags.shard === undefined) {
    if (flags.out !== undefined) throw inputError('outWithoutShard', '--out');
    return undefined;
  }
  const { index, count } = parseShard(flags.shard);
  if (flags.out === undefined || flags.out === '') throw inputError('shardWithoutOut', '--shard');
  if (flags.format !== undefined) throw inputError('shardWithFormat', '--format');
  return { index, count, target: checkOutTarget(cwd, '--out', flags.out, flags.force === true, inputs) };
}

/** "I/N" with 1 ≤ I ≤ N ≤ MAX_SHARDS. */
export function parseShard(text: string): { index: number; count: number } {
  const match = /^\s*(\d{1,9})\s*\/\s*(\d{1,9})\s*$/.exec(text);
  if (!match) throw inputError('shardSyntax', '--shard', text);
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || count > MAX_SHARDS) throw inputError('shardCountOutOfRange', '--shard', MAX_SHARDS, count);
  if (index < 1 || index > count) throw inputError('shardIndexOutOfRange', '--shard', count, index);
  return { index, count };
}
