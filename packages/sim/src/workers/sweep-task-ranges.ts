import { BLOCK_SIZE } from '../engine/engine.js';

/**
 * Tasks per thread, at most: enough for the threads to finish together when one is slowed (a task is then
 * at most 1/16 of a thread's share), and a fixed number whatever the sample count, so that the summaries
 * sent back (each the size of the scenario's grid) do not grow with the run: memory stays flat.
 */
const TASKS_PER_THREAD = 16;

/**
 * Cuts samples [firstSample, firstSample + samples) into task ranges [first, count] of whole BLOCK_SIZE
 * blocks (only the last may be shorter): min(blocks, 16 × threads) tasks whose block counts differ by at most
 * one, so that equally fast threads finish together.
 */
export function sweepTaskRanges(firstSample: number, samples: number, threads: number): Array<[number, number]> {
  const blocks = Math.ceil(samples / BLOCK_SIZE);
  const tasks = Math.min(blocks, TASKS_PER_THREAD * threads);
  const ranges: Array<[number, number]> = [];
  let block = 0;
  for (let t = 0; t < tasks; t++) {
    // Task t takes blocks [block, nextBlock): the first (blocks mod tasks) tasks one more than the rest.
    const nextBlock = block + Math.floor(blocks / tasks) + (t < blocks % tasks ? 1 : 0);
    const first = block * BLOCK_SIZE;
    ranges.push([firstSample + first, Math.min(nextBlock * BLOCK_SIZE, samples) - first]);
    block = nextBlock;
  }
  return ranges;
}
