import type { Pool } from 'workerpool';
import type { Plan } from '../model/plan.js';
import { perSampleTable } from '../report/per-sample-table.js';
import { perSampleOutputBytes, type PerSampleFormat, type PerSampleTask } from './per-sample-task.js';

/**
 * Samples per per-sample task: small enough that the buffers of the tasks in flight take a few megabytes
 * (3 MB of CSV room or 1 MB of columns each, for a scenario of 15 columns), large enough that messaging
 * costs little beside the rows.
 */
export const PER_SAMPLE_TASK_SIZE = 8_192;

export interface PooledPerSampleOptions {
  readonly plan: Plan;
  readonly seed: number;
  /** Rows of samples [firstSample, end) are produced. */
  readonly firstSample: number;
  readonly end: number;
  readonly format: PerSampleFormat;
  /** Workers the pool runs at once: sets how many tasks are kept in flight. */
  readonly threads: number;
  /** Samples per task (the last may be shorter); PER_SAMPLE_TASK_SIZE by default. */
  readonly taskSize?: number;
  /**
   * Ends the iteration (with the signal's reason) at the next chunk asked for. Needed beside terminating the
   * pool: with no task pending, terminating rejects nothing, and workerpool starts new workers for the next task.
   */
  readonly signal?: AbortSignal;
}

/** One task's rows, in sample order: samples [firstSample, firstSample + count). */
export interface PerSampleChunk {
  readonly firstSample: number;
  readonly count: number;
  /**
   * The CSV lines as ASCII bytes ('csv'), or the values column by column ('columns': column c at
   * [c · count, (c + 1) · count)). A view of a buffer that is reused: valid until the next chunk is asked for.
   */
  readonly rows: Uint8Array | Float64Array;
}

let jobCounter = 0;

/**
 * The rows of a sweep's samples computed on a workerpool pool (workers registering `runPerSampleTask`, as
 * sweep-worker.js does), yielded in sample order whatever the thread count. At most 2 × threads tasks are in
 * flight or waiting, each writing into one of as many shared buffers that are reused from task to task, and
 * the next task is submitted only when the consumer asks for the next chunk: memory stays flat whatever the
 * sample count and however slow the consumer (a disk) is, and nothing is left for the garbage collector.
 * Terminating the pool rejects the pending tasks, which ends the iteration with that error; aborting `signal`
 * ends it at the next chunk asked for, pending tasks or not.
 */
export async function* pooledPerSample(pool: Pool, options: PooledPerSampleOptions): AsyncGenerator<PerSampleChunk> {
  const { plan, seed, format, end } = options;
  const taskSize = options.taskSize ?? PER_SAMPLE_TASK_SIZE;
  const window = Math.max(2, 2 * options.threads);
  const bufferBytes = perSampleOutputBytes(perSampleTable(plan, seed), taskSize, format);
  const jobId = `per-sample-${++jobCounter}`;
  const free: SharedArrayBuffer[] = [];
  const inFlight: Array<{ output: SharedArrayBuffer; done: Promise<PerSampleChunk> }> = [];
  let next = options.firstSample;
  const submit = (): void => {
    options.signal?.throwIfAborted();
    while (inFlight.length < window && next < end) {
      const firstSample = next;
      const count = Math.min(taskSize, end - next);
      next += count;
      const output = free.pop() ?? new SharedArrayBuffer(bufferBytes);
      const task: PerSampleTask = { jobId, plan, seed, firstSample, count, format, output };
      const done = Promise.resolve(pool.exec('runPerSampleTask', [task])).then((bytes: number) => ({
        firstSample,
        count,
        rows: format === 'csv' ? new Uint8Array(output, 0, bytes) : new Float64Array(output, 0, bytes / Float64Array.BYTES_PER_ELEMENT),
      }));
      // Awaited in order below; until then a rejection (the pool terminated) is not "unhandled".
      done.catch(() => {});
      inFlight.push({ output, done });
    }
  };
  submit();
  while (inFlight.length > 0) {
    const { output, done } = inFlight[0];
    const chunk = await done;
    yield chunk;
    // The consumer is done with the chunk: its buffer takes the next task.
    inFlight.shift();
    free.push(output);
    submit();
  }
}
