import type { Plan } from '../model/plan.js';
import { perSampleTable, type PerSampleTable } from '../report/per-sample-table.js';
import { perSampleCsvMaxBytes, writePerSampleCsv } from '../report/per-sample-csv.js';
import { perSampleColumns } from '../report/per-sample-columns.js';

/** How a per-sample task writes its rows: CSV lines as ASCII bytes, or the values column by column. */
export type PerSampleFormat = 'csv' | 'columns';

/**
 * One unit of per-sample pool work: the rows of samples [firstSample, firstSample + count), written into
 * `output`. Any range will do (each row depends only on the seed and its sample index), so tasks need not be
 * block-aligned.
 */
export interface PerSampleTask {
  /** Identifies the run, so a worker reuses its table (and its engine) across the run's tasks. */
  readonly jobId: string;
  readonly plan: Plan;
  readonly seed: number;
  readonly firstSample: number;
  readonly count: number;
  readonly format: PerSampleFormat;
  /**
   * Where the rows go: shared with the caller, who reuses it task after task, so that nothing is allocated
   * per task. At least perSampleOutputBytes(plan columns, count, format) long.
   */
  readonly output: SharedArrayBuffer;
}

/** Bytes a task's output needs for `count` rows of `table`, in `format`. */
export function perSampleOutputBytes(table: PerSampleTable, count: number, format: PerSampleFormat): number {
  return format === 'csv' ? perSampleCsvMaxBytes(table, count) : table.columns.length * count * Float64Array.BYTES_PER_ELEMENT;
}

let cached: { jobId: string; table: PerSampleTable } | undefined;

/**
 * Writes the task's rows into its output and returns the bytes written: for 'csv', its CSV lines
 * (writePerSampleCsv); for 'columns', its values column by column (perSampleColumns). Pure apart from the
 * per-worker table cache.
 */
export function runPerSampleTask(task: PerSampleTask): number {
  if (cached?.jobId !== task.jobId) cached = { jobId: task.jobId, table: perSampleTable(task.plan, task.seed) };
  const { table } = cached;
  switch (task.format) {
    case 'csv':
      return writePerSampleCsv(table, task.firstSample, task.count, new Uint8Array(task.output));
    case 'columns':
      perSampleColumns(table, task.firstSample, task.count, new Float64Array(task.output, 0, table.columns.length * task.count));
      return perSampleOutputBytes(table, task.count, 'columns');
    default:
      throw new Error(`unknown per-sample format ${task.format satisfies never}`);
  }
}
