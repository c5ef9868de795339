import { BLOCK_SIZE } from '@horizon/sim';

/** Samples in the first block: small enough to come back within a frame or two, large enough to draw. */
export const FIRST_BLOCK = 1024;

/**
 * Samples per later block. A quarter of the CLI's BLOCK_SIZE, so that a cancelled run frees its workers
 * within one such block (about 30 ms on the reference engine) and progress is smooth on few cores.
 */
export const CHUNK = BLOCK_SIZE / 4;

/**
 * Splits [0, samples) into blocks [first, count) that grow from FIRST_BLOCK to CHUNK. Sample i depends only on
 * (seed, i) (the Engine contract), so any split adds up to the CLI's counts.
 */
export function blockSchedule(samples: number): Array<{ first: number; count: number }> {
  const blocks: Array<{ first: number; count: number }> = [];
  let first = 0;
  let size = FIRST_BLOCK;
  while (first < samples) {
    const count = Math.min(size, samples - first);
    blocks.push({ first, count });
    first += count;
    size = Math.min(CHUNK, size * 4);
  }
  return blocks;
}
