import { perSampleTable, sweepWorkerUrl, type PerSampleTable, type Plan, type SampleRange } from '@horizon/sim';
import { PER_SAMPLE_TASK_SIZE, inputError, perSampleCsvHeader, pooledPerSample, type PerSampleChunk } from '@horizon/sim/internal';
import { createAtomicFile, DestinationChanged, type AtomicFile } from './write-file-atomic.js';
import { describeWriteError } from './output-stream.js';
import type { OutTarget } from './out-target.js';
import { Interrupted } from './interrupted.js';
import { createThreadPool } from './thread-pool.js';

/**
 * Per-sample workers format numbers into short-lived strings at a high rate; V8 lets a busy thread's young
 * generation grow to tens of megabytes, most of it garbage. Capping it keeps each worker's heap near its
 * live size, so peak memory hardly moves from 1e5 to 1e7 samples (docs/performance.md), at no cost in speed.
 */
const PER_SAMPLE_WORKER_LIMITS = { maxYoungGenerationSizeMb: 2 };

/** The format of `--per-sample FILE`, from FILE's extension. */
export function perSampleFormat(out: string): 'csv' | 'arrow' {
  if (/\.csv$/i.test(out)) return 'csv';
  if (/\.arrow$/i.test(out)) return 'arrow';
  throw inputError('perSampleFormat', '--per-sample', out);
}

export interface PerSampleOptions {
  readonly plan: Plan;
  readonly seed: number;
  /** The samples written: the whole run's, or one shard's. */
  readonly range: SampleRange;
  /** Worker threads computing rows; the file's bytes do not depend on it. */
  readonly threads: number;
  /** Called with the number of rows written so far. */
  readonly onProgress?: (done: number) => void;
  /** Aborted on Ctrl-C: the workers stop at once, the temporary file is removed and Interrupted is thrown. */
  readonly signal?: AbortSignal;
}

/**
 * `sweep --per-sample FILE.csv|FILE.arrow`: one row per sample (docs/output.md): the sample index, every input
 * as drawn and every stock's exhaustion year (empty, or null in Arrow, for never). The rows are computed in
 * blocks on a pool of worker threads (pooledPerSample) and written in sample order as they arrive, to a
 * temporary file that takes FILE's name only when complete (createAtomicFile): memory stays flat whatever
 * the sample count.
 */
export async function writePerSample(target: OutTarget, options: PerSampleOptions): Promise<void> {
  const { plan, seed, range, signal } = options;
  if (signal?.aborted) throw new Interrupted();
  const format = perSampleFormat(target.out);
  const table = perSampleTable(plan, seed);
  const file = createAtomicFile(target.path, { replace: target.replace });
  const threads = Math.max(1, Math.min(options.threads, Math.ceil((range.end - range.first) / PER_SAMPLE_TASK_SIZE)));
  const pool = createThreadPool(sweepWorkerUrl, threads, PER_SAMPLE_WORKER_LIMITS);
  const onAbort = (): void => void pool.terminate(true);
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const chunks = pooledPerSample(pool, { plan, seed, firstSample: range.first, end: range.end, threads, format: format === 'csv' ? 'csv' : 'columns', signal });
    let done = 0;
    const counted = (count: number): void => {
      done += count;
      options.onProgress?.(done);
    };
    if (format === 'csv') {
      file.write(Buffer.from(perSampleCsvHeader(table), 'utf8'));
      for await (const chunk of chunks) {
        file.write(chunk.rows as Uint8Array);
        counted(chunk.count);
      }
    } else {
      await writeArrow(file, table, chunks, counted);
    }
    if (signal?.aborted) throw new Interrupted();
    file.commit();
  } catch (error) {
    file.abort();
    if (signal?.aborted) throw new Interrupted();
    // The file system's errors (a full disk, a destination replaced meanwhile) are the user's to fix; anything
    // else (a worker that failed) is a fault.
    if (!(error instanceof DestinationChanged) && typeof (error as NodeJS.ErrnoException)?.code !== 'string') throw error;
    const reason = error instanceof DestinationChanged ? error.message : describeWriteError(error);
    throw inputError('writeFailed', target.flag, target.out, reason, true);
  } finally {
    signal?.removeEventListener('abort', onAbort);
    await pool.terminate(true);
  }
}

/**
 * The Arrow file: one record batch per chunk of rows, then the footer. apache-arrow is loaded here, when an
 * Arrow file is asked for: importing it costs every `horizon` process about 0.3 s of CPU at start-up.
 */
async function writeArrow(file: AtomicFile, table: PerSampleTable, chunks: AsyncIterable<PerSampleChunk>, counted: (count: number) => void): Promise<void> {
  const [{ createArrowFileWriter }, { createPerSampleBatcher, perSampleSchema }] = await Promise.all([import('./arrow-file-writer.js'), import('./per-sample-record-batch.js')]);
  const schema = perSampleSchema(table);
  const writer = createArrowFileWriter(file, schema);
  const batchOf = createPerSampleBatcher(schema, table);
  for await (const chunk of chunks) {
    await writer.write(batchOf(chunk.rows as Float64Array, chunk.count));
    counted(chunk.count);
  }
  await writer.finish();
}
