import { BLOCK_SIZE } from '../engine/engine.js';

/**
 * Tasks per thread, at most: enough for the threads to finish together when one is slowed (a task is then
 * at most 1/16 of a thread's share), and a fixed number whatever the sample count, so that the summaries
 * sent back (each the size of the scenario's grid) do not grow with the run: memory stays flat.
 */
const TASKS_PER_THREAD = 16;

/**
 * Cuts samples [firstSample, firstSample + samples) into task ranges [first, count] of whole BLOCK_SIZE
 * blocks (only the last may be shorter): at most 16 tasks per thread, at least one block each.
 */
export function sweepTaskRanges(firstSample: number, samples: number, threads: number): Array<[number, number]> {
  const blocks = Math.ceil(samples / BLOCK_SIZE);
  const blocksPerTask = Math.max(1, Math.ceil(blocks / (TASKS_PER_THREAD * threads)));
  const ranges: Array<[number, number]> = [];
  const step = blocksPerTask * BLOCK_SIZE;
  for (let offset = 0; offset < samples; offset += step) {
    ranges.push([firstSample + offset, Math.min(step, samples - offset)]);
  }
  return ranges;
}
