import { RecordBatchFileWriter, type RecordBatch, type Schema } from 'apache-arrow';
import type { AtomicFile } from './write-file-atomic.js';

/** An Arrow IPC file being written to an AtomicFile a record batch at a time. */
export interface ArrowFileWriter {
  /** Appends `batch` and waits until its bytes are in the file, so at most one batch is held in memory. */
  write(batch: RecordBatch): Promise<void>;
  /** Writes the footer (the schema and where each batch lies) and waits until it is in the file. */
  finish(): Promise<void>;
}

/**
 * Writes an Arrow IPC file (the "file" format, which pandas reads as Feather, and polars and R read directly)
 * to `file`. apache-arrow's writer queues its bytes until read, so a loop reads them into the file as they
 * come; `write` returns once that loop has taken the batch's bytes. The schema is fixed up front, so a file
 * with no rows is still a valid, empty table.
 */
export function createArrowFileWriter(file: AtomicFile, schema: Schema): ArrowFileWriter {
  const writer = new RecordBatchFileWriter();
  writer.reset(undefined, schema);
  let failure: { error: unknown } | undefined;
  const drained = (async () => {
    for await (const bytes of writer) file.write(bytes);
  })().catch((error: unknown) => {
    failure = { error };
  });
  // A turn of the event loop runs every pending microtask, the drain loop's reads included.
  const settle = async (): Promise<void> => {
    await new Promise((done) => setImmediate(done));
    if (failure) throw failure.error;
  };
  return {
    async write(batch) {
      if (failure) throw failure.error;
      writer.write(batch);
      await settle();
    },
    async finish() {
      writer.finish();
      await drained;
      if (failure) throw failure.error;
    },
  };
}
