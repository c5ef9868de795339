import { BLOCK_SIZE } from '../engine/engine.js';

/**
 * Tasks per thread, at most: enough for the threads to finish together when one is slowed (a task is then
 * at most 1/16 of a thread's share), and a fixed number whatever the sample count, so that the summaries
 * sent back (each the size of the scenario's grid) do not grow with the run: memory stays flat.
 */
const TASKS_PER_THREAD = 16;
/**
 * The last TAIL_TASKS_PER_THREAD tasks per thread are a TAIL_SHRINK-th of the others' size, so that the run's
 * tail, where one thread finishes its last task while the others have none left, is short.
 */
const TAIL_TASKS_PER_THREAD = 2;
const TAIL_SHRINK = 4;

/**
 * Cuts samples [firstSample, firstSample + samples) into task ranges [first, count] of whole BLOCK_SIZE
 * blocks (only the last may be shorter): min(blocks, 16 × threads) tasks in sample order, the last 2 × threads
 * of them a quarter of the size of the others when there are blocks enough (at least 4 a task), else all of
 * sizes that differ by at most one block.
 */
export function sweepTaskRanges(firstSample: number, samples: number, threads: number): Array<[number, number]> {
  const blocks = Math.ceil(samples / BLOCK_SIZE);
  const tasks = Math.min(blocks, TASKS_PER_THREAD * threads);
  const tail = blocks >= TAIL_SHRINK * tasks ? Math.min(tasks, TAIL_TASKS_PER_THREAD * threads) : 0;
  // Task t takes blocks [⌊blocks · W(t) / W⌋, ⌊blocks · W(t + 1) / W⌋), W(t) the weights of the tasks before t:
  // TAIL_SHRINK for a task before the tail, 1 in it (with no tail, every task's weight is 1).
  const head = tasks - tail;
  const headWeight = tail > 0 ? TAIL_SHRINK : 1;
  const total = head * headWeight + tail;
  const weightBefore = (t: number): number => Math.min(t, head) * headWeight + Math.max(0, t - head);
  const ranges: Array<[number, number]> = [];
  for (let t = 0; t < tasks; t++) {
    const block = Math.floor((blocks * weightBefore(t)) / total);
    const nextBlock = Math.floor((blocks * weightBefore(t + 1)) / total);
    const first = block * BLOCK_SIZE;
    ranges.push([firstSample + first, Math.min(nextBlock * BLOCK_SIZE, samples) - first]);
  }
  return ranges;
}

/** The most what-if points one task runs: it holds a summary per point until it is merged. */
const MAX_POINTS_PER_TASK = 16;

/**
 * How many what-if points one task runs (over the same samples), given the tasks each point is cut into: as
 * many as makes a grid about as many tasks as one sweep has (TASKS_PER_THREAD per thread), at most
 * MAX_POINTS_PER_TASK. A grid of points of few samples (1e5: two blocks) would otherwise cost a round trip to
 * the worker, during which it waits, for every block of every point.
 */
export function pointsPerTask(points: number, tasksPerPoint: number, threads: number): number {
  const groups = Math.max(1, Math.ceil((TASKS_PER_THREAD * threads) / tasksPerPoint));
  return Math.max(1, Math.min(MAX_POINTS_PER_TASK, Math.ceil(points / groups)));
}
