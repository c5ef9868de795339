import { InputError, csvCell, perSampleTable, type Plan, type SampleRange } from '@horizon/sim';
import { createAtomicFile, DestinationChanged } from './write-file-atomic.js';
import { describeWriteError } from './output-stream.js';
import type { OutTarget } from './out-target.js';
import { Interrupted } from './interrupted.js';

/** Rows formatted and written at a time: a few megabytes of text, whatever the sample count. */
const ROWS_PER_CHUNK = 16_384;

/** The format of `--per-sample FILE`, from FILE's extension. */
export function perSampleFormat(out: string): 'csv' {
  if (/\.csv$/i.test(out)) return 'csv';
  throw new InputError('--per-sample', `${JSON.stringify(out)} must end in .csv (one row per sample)`);
}

/**
 * `sweep --per-sample FILE.csv`: one row per sample of `range` (docs/output.md): the sample index, every input
 * as drawn and every stock's exhaustion year (empty for never). Streams: rows are formatted and written a chunk
 * at a time to a temporary file that takes FILE's name only when complete (createAtomicFile).
 */
export async function writePerSample(target: OutTarget, plan: Plan, seed: number, range: SampleRange, signal?: AbortSignal): Promise<void> {
  const table = perSampleTable(plan, seed);
  const file = createAtomicFile(target.path, { replace: target.replace });
  const values = new Float64Array(table.columns.length);
  const yearsFrom = 1 + table.inputCount;
  try {
    file.write(Buffer.from(table.columns.map(csvCell).join(',') + '\n', 'utf8'));
    for (let first = range.first; first < range.end; first += ROWS_PER_CHUNK) {
      if (signal?.aborted) throw new Interrupted();
      let text = '';
      for (let i = first; i < Math.min(first + ROWS_PER_CHUNK, range.end); i++) {
        table.row(i, values);
        text += String(values[0]);
        for (let k = 1; k < values.length; k++) text += k >= yearsFrom && values[k] === Infinity ? ',' : `,${values[k]}`;
        text += '\n';
      }
      file.write(Buffer.from(text, 'utf8'));
      // Let Ctrl-C and SIGTERM be heard between chunks.
      await new Promise((done) => setImmediate(done));
    }
    file.commit();
  } catch (error) {
    file.abort();
    if (error instanceof Interrupted || error instanceof InputError) throw error;
    const reason = error instanceof DestinationChanged ? error.message : describeWriteError(error);
    throw new InputError(target.flag, `cannot write ${JSON.stringify(target.out)}: ${reason}; nothing was written`);
  }
}
