import { BLOCK_SIZE } from '../engine/engine.js';

/** Most shards a run may be split into (a bound on merge's file list; a shard is at least one block anyway). */
export const MAX_SHARDS = 100_000;

/** Samples [first, end) of one shard. */
export interface SampleRange {
  readonly first: number;
  readonly end: number;
}

/**
 * The samples of shard `index` (1-based) of `count`: a contiguous run of whole blocks (the last block of the
 * run may be short), with the blocks dealt out as evenly as possible, so shards differ by at most one block
 * and shard 1 starts at 0, each shard ends where the next starts, and shard `count` ends at `samples`. A shard
 * may be empty when there are fewer blocks than shards. Since sample i depends only on (seed, i), the shards'
 * summaries add up to the unsharded run's exactly.
 */
export function shardRange(samples: number, index: number, count: number): SampleRange {
  const blocks = Math.ceil(samples / BLOCK_SIZE);
  // Exact in doubles: blocks ≤ 2^28 (samples ≤ 2^44) and count ≤ MAX_SHARDS < 2^17.
  const firstBlock = Math.floor(((index - 1) * blocks) / count);
  const endBlock = Math.floor((index * blocks) / count);
  return { first: Math.min(firstBlock * BLOCK_SIZE, samples), end: Math.min(endBlock * BLOCK_SIZE, samples) };
}
