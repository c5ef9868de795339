import { PUBLISHED_START_GRID, checkRunsDetermineLaw, formatLawDrawsCsv, isValidLawDraw, keepValidLawDraws, parseCount, parseRunsCsv, startGrid, summarizeFit, inputError } from '@horizon/sim/internal';
import { readInputFile } from '../read-input-file.js';
import { checkOutTarget, writeOutTarget } from '../out-target.js';
import { computeFit } from '../compute-fit.js';
import { threadCount } from '../thread-count.js';
import { createFitReporter } from '../reporters/fit-reporter.js';
import { EXIT_OK, type CliIo } from '../io.js';

/** Flags of `horizon fit` as commander hands them over. */
export interface FitFlags {
  bootstrap?: string;
  seed?: string;
  out?: string;
  format?: string;
  maxLoss?: string;
  threads?: string;
  force?: boolean;
}

/** Most bootstrap refits accepted (10^6 refits take about two hours on one core). */
export const MAX_REFITS = 1_000_000;
/** Largest runs file read. */
const MAX_RUNS_BYTES = 64 * 1024 * 1024;

/**
 * `horizon fit RUNS.csv --out FILE`: fits the law from the published start grid, makes `--bootstrap` refits,
 * writes their draws to FILE (atomically, and only once everything has succeeded) and prints the point
 * estimate with 90% intervals. `starts` is injectable so tests can use a smaller grid.
 */
export async function fitCommand(file: string, flags: FitFlags, io: CliIo, starts = startGrid(PUBLISHED_START_GRID)): Promise<number> {
  if (flags.out === undefined) throw inputError('outRequired', '--out');
  const refits = parseCount(flags.bootstrap ?? '1000', '--bootstrap', 1, MAX_REFITS);
  const seed = parseCount(flags.seed ?? '42', '--seed', 0, Number.MAX_SAFE_INTEGER);
  const report = createFitReporter(flags.format, io.stdout.isTTY === true);
  const maxLoss = flags.maxLoss === undefined ? null : parseMaxLoss(flags.maxLoss);
  const threads = threadCount(flags.threads, io.cores);
  const target = checkOutTarget(io.cwd, '--out', flags.out, flags.force === true, [file]);

  const allRuns = parseRunsCsv(readInputFile(io.cwd, file, 'fit', MAX_RUNS_BYTES), file);
  const runs = maxLoss === null ? allRuns : allRuns.filter((run) => run.loss < maxLoss);
  const source = maxLoss === null ? file : `${file} (runs with loss < ${maxLoss})`;
  checkRunsDetermineLaw(runs, source);
  io.stderr.write(`horizon fit: ${runs.length} runs, ${starts.length.toLocaleString('en-US')} starts, ${refits.toLocaleString('en-US')} bootstrap refits, seed ${seed}\n`);
  const progress = io.stderr.isTTY === true;
  const { fit, draws: allDraws, convergedRefits } = await computeFit({
    runs,
    source,
    starts,
    refits,
    seed,
    threads,
    signal: io.signal,
    onProgress: progress ? (phase, done, total) => io.stderr.write(`\r${phase} ${done}/${total}${done === total ? '\n' : ''}`) : undefined,
  });
  if (!fit.converged) io.stderr.write('horizon fit: warning: the optimiser stopped before its convergence test passed; the point estimate may be imprecise\n');
  if (convergedRefits < refits) io.stderr.write(`horizon fit: warning: ${refits - convergedRefits} of ${refits} bootstrap refits stopped before their convergence test passed\n`);

  // `sweep` reads only draws in the law's valid range, so fit writes only those, and says what it left out.
  const { law } = fit;
  if (!isValidLawDraw(new Float64Array([law.E, law.A, law.B, law.alpha, law.beta]), 0)) {
    throw inputError('fitOutsideRange', source);
  }
  const { draws, dropped } = keepValidLawDraws(allDraws);
  if (draws.length === 0) throw inputError('refitsOutsideRange', source, refits);
  if (dropped > 0) io.stderr.write(`horizon fit: warning: ${dropped} of ${refits} bootstrap refits ended outside the law's valid range (E ≥ 0, A, B, alpha, beta > 0, all finite) and are left out of ${flags.out}\n`);

  writeOutTarget(target, formatLawDrawsCsv(draws));
  io.stdout.write(
    report({
      source: file,
      runs: runs.length,
      droppedRuns: allRuns.length - runs.length,
      maxLoss,
      starts: starts.length,
      seed,
      out: flags.out,
      objective: fit.objective,
      converged: fit.converged,
      convergedRefits,
      summary: summarizeFit(fit.law, draws),
    }),
  );
  return EXIT_OK;
}

function parseMaxLoss(text: string): number {
  const value = Number(text.trim());
  if (text.trim() === '' || !Number.isFinite(value) || value <= 0) throw inputError('notANumberFlag', '--max-loss', 'a positive number', text);
  return value;
}
