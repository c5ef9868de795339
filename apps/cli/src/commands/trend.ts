import { formatTrendDrawsCsv, inputError, parseCount, parseTrendRunsCsv, summarizeTrend, trendFromRuns, type TrendInterval } from '@horizon/sim/internal';
import { readInputFile } from '../read-input-file.js';
import { checkOutTarget, writeOutTarget } from '../out-target.js';
import { EXIT_OK, type CliIo } from '../io.js';
import { fitFormat } from '../reporters/fit-reporter.js';

/** Most bootstrap refits accepted (each is a least-squares line: 10^6 take a few seconds). */
export const MAX_TREND_REFITS = 1_000_000;
/** Largest runs file read. */
const MAX_RUNS_BYTES = 16 * 1024 * 1024;

/**
 * `horizon trend RUNS.csv --out FILE`: keeps the runs that were among the largest when announced (within
 * `--within` orders of magnitude of the record to date), fits log10(tokens) against the date, makes
 * `--bootstrap` resampled refits and writes them as joint draws year,tokens0,growthPerYear (atomically, after
 * everything has succeeded). docs/model.md, "Demand from observed runs", explains the choices.
 */
export function trendCommand(file: string, flags: Record<string, string | boolean | undefined> & { out?: string; bootstrap?: string; seed?: string; within?: string; format?: string }, io: CliIo): number {
  if (flags.out === undefined) throw inputError('outRequired', '--out');
  const refits = parseCount(flags.bootstrap ?? '1000', '--bootstrap', 1, MAX_TREND_REFITS);
  const seed = parseCount(flags.seed ?? '42', '--seed', 0, Number.MAX_SAFE_INTEGER);
  const within = Number((flags.within ?? '0.5').trim());
  if (!(within >= 0) || !Number.isFinite(within)) throw inputError('notANumberFlag', '--within', 'a number of orders of magnitude ≥ 0', flags.within as string | undefined);
  const format = fitFormat(flags.format, io.stdout.isTTY === true);
  const target = checkOutTarget(io.cwd, '--out', flags.out, flags.force === true, [file]);

  const allRuns = parseTrendRunsCsv(readInputFile(io.cwd, file, 'trend', MAX_RUNS_BYTES), file);
  const bootstrap = trendFromRuns(allRuns, refits, seed, file, within);
  const runs = bootstrap.largest;
  const referenceYear = bootstrap.fit.referenceYear;
  writeOutTarget(target, formatTrendDrawsCsv(bootstrap.draws));
  const summary = summarizeTrend(bootstrap);
  const report = { source: file, runs: allRuns.length, largestRuns: runs.length, withinOom: within, refits, seed, out: flags.out, ...summary };
  if (format === 'json') {
    io.stdout.write(JSON.stringify(report, null, 2) + '\n');
    return EXIT_OK;
  }
  const show = (x: TrendInterval, digits: (v: number) => string): string => `${digits(x.estimate)}  [95%: ${digits(x.p2_5)}, ${digits(x.p97_5)}]`;
  const sig = (v: number): string => Number(v.toPrecision(3)).toString();
  io.stdout.write(
    [
      `${file}: ${runs.length} of ${allRuns.length} runs count as the largest (within ${within} orders of magnitude of the record to date)`,
      `growth per year   ${show(summary.growthPerYear, sig)}×`,
      `                  ${show(summary.oomPerYear, (v) => v.toFixed(3))} orders of magnitude`,
      `tokens at ${referenceYear}  ${show(summary.tokens0, (v) => v.toPrecision(3))}`,
      `${refits.toLocaleString('en-US')} bootstrap draws (seed ${seed}) written to ${flags.out}`,
    ].join('\n') + '\n',
  );
  return EXIT_OK;
}
