import { InputError } from '@horizon/sim';
import { MAX_SHARDS } from '@horizon/sim/internal';
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
    if (flags.out !== undefined) throw new InputError('--out', 'writes a shard\'s partial result, so it needs --shard I/N too (e.g. --shard 1/4 --out shard-1.json)');
    return undefined;
  }
  const { index, count } = parseShard(flags.shard);
  if (flags.out === undefined || flags.out === '') throw new InputError('--shard', 'needs --out FILE: the shard\'s partial result goes there, for horizon merge');
  if (flags.format !== undefined) throw new InputError('--format', 'a shard writes its partial result to --out; give --format to horizon merge instead');
  return { index, count, target: checkOutTarget(cwd, '--out', flags.out, flags.force === true, inputs) };
}

/** "I/N" with 1 ≤ I ≤ N ≤ MAX_SHARDS. */
export function parseShard(text: string): { index: number; count: number } {
  const match = /^\s*(\d{1,9})\s*\/\s*(\d{1,9})\s*$/.exec(text);
  if (!match) throw new InputError('--shard', `expected I/N, shard I of N counted from 1 (e.g. 2/8), got ${JSON.stringify(text)}`);
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || count > MAX_SHARDS) throw new InputError('--shard', `N must be between 1 and ${MAX_SHARDS}, got ${count}`);
  if (index < 1 || index > count) throw new InputError('--shard', `I must be between 1 and N (${count}), got ${index}; shards are counted from 1`);
  return { index, count };
}
