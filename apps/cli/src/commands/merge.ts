import { closeSync } from 'node:fs';
import { createShardMerge, decodeShardFile } from '@horizon/sim';
import { inputError, escapeControl, resolveVary, varyGrid, varyPointResult, varyResult } from '@horizon/sim/internal';
import { createVaryReporter } from '../reporters/vary-reporter.js';
import { createReporter } from '../reporters/create-reporter.js';
import { sweepReport } from '../sweep-report.js';
import { EXIT_OK, type CliIo } from '../io.js';
import { openForReading, readBounded, type ReadWording } from '../read-input-file.js';
import { loadKernel } from '../load-kernel.js';

/** Largest shard file read (a shard of the largest scenario with every section is tens of megabytes). */
export const MAX_SHARD_FILE_BYTES = 512 * 1024 * 1024;

/**
 * `horizon merge FILE...`: checks and adds up the shard files of one run, in any order, and prints what the
 * unsharded run prints. Any bad file (missing, duplicate, of another run, truncated, corrupted, newer) is an
 * InputError naming it, raised before anything is printed.
 */
export async function mergeCommand(files: readonly string[], options: { format?: string }, io: CliIo): Promise<number> {
  const report = createReporter(options.format, io.stdout.isTTY === true);
  const varyReport = createVaryReporter(options.format, io.stdout.isTTY === true);
  const merge = createShardMerge();
  for (const file of files) merge.add({ source: file, file: decodeShardFile(readShardBytes(io.cwd, file), file) });
  const { horizon, plan, seed, summary, vary } = merge.finish();
  io.stderr.write(`horizon: merged ${files.length} shard${files.length === 1 ? '' : 's'} of ${escapeControl(plan.name)}, ${summary.samples.toLocaleString('en-US')} samples, seed ${seed}\n`);
  if (vary) {
    // The grid's values come back from the axes as the sweep resolved them, so the merge prints its bytes.
    const points = varyGrid(vary.specs.map((spec) => resolveVary(plan, spec, files[0])), files[0]);
    const results = points.map((point, k) => varyPointResult(plan, point.at, vary.points[k]));
    io.stdout.write(varyReport(varyResult(plan, seed, summary.samples, vary.specs, results, horizon)));
    return EXIT_OK;
  }
  // --explain's event indices are recomputed from (plan, seed), by the kernel.
  const kernel = summary.sensitivity ? await loadKernel() : undefined;
  io.stdout.write(report(sweepReport(plan, seed, summary, horizon, kernel)));
  return EXIT_OK;
}

function readShardBytes(cwd: string, file: string): Uint8Array {
  const wording: ReadWording = {
    tooBig: (size) => inputError('shardTooBig', file, size, MAX_SHARD_FILE_BYTES / 1048576),
    folder: () => inputError('shardFolder', file),
    failed: (reason) => inputError('readFailed', file, 'it', reason),
  };
  const fd = openForReading(cwd, file, wording.failed);
  try {
    return readBounded(fd, file, file, MAX_SHARD_FILE_BYTES, wording);
  } finally {
    closeSync(fd);
  }
}
