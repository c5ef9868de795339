import { BLOCK_SIZE } from '../engine/engine.js';

/** Largest task, in blocks: small enough to balance load and report progress, large enough to amortise a message. */
const MAX_BLOCKS_PER_TASK = 16;

/**
 * Cuts samples [firstSample, firstSample + samples) into task ranges [first, count] of whole BLOCK_SIZE
 * blocks (only the last may be shorter), about four tasks per thread for load balance, at most 16 blocks each.
 */
export function sweepTaskRanges(firstSample: number, samples: number, threads: number): Array<[number, number]> {
  const blocks = Math.ceil(samples / BLOCK_SIZE);
  const blocksPerTask = Math.max(1, Math.min(MAX_BLOCKS_PER_TASK, Math.floor(blocks / (4 * threads))));
  const ranges: Array<[number, number]> = [];
  const step = blocksPerTask * BLOCK_SIZE;
  for (let offset = 0; offset < samples; offset += step) {
    ranges.push([firstSample + offset, Math.min(step, samples - offset)]);
  }
  return ranges;
}
