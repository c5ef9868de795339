import { encodeShardFile, shardRange } from '@horizon/sim';
import { MAX_SAMPLE_INDEX, escapeControl, checkSectionLimits, parseCount, sensitivityInputs, inputError } from '@horizon/sim/internal';
import type { SweepFlags } from '../parse-args.js';
import { loadScenario } from '../load-scenario.js';
import { computeSweep } from '../compute-sweep.js';
import { createProgress } from '../progress-bar.js';
import { createReporter } from '../reporters/create-reporter.js';
import { parseShardTarget } from '../shard-target.js';
import { sweepReport } from '../sweep-report.js';
import { checkOutTarget, writeOutTarget } from '../out-target.js';
import { perSampleFormat, writePerSample } from '../per-sample-output.js';
import { EXIT_OK, type CliIo } from '../io.js';
import { varySweepCommand } from './vary-sweep.js';
import { threadCount } from '../thread-count.js';
import { loadKernel } from '../load-kernel.js';

/** `horizon sweep`: validate everything, run, then print the result in the chosen format. */
export async function sweepCommand(flags: SweepFlags, io: CliIo): Promise<number> {
  const samples = parseCount(flags.samples ?? '1e6', '--samples', 1, MAX_SAMPLE_INDEX);
  const seed = parseCount(flags.seed ?? '42', '--seed', 0, Number.MAX_SAFE_INTEGER);
  const threads = threadCount(flags.threads, io.cores);
  const engine = parseEngine(flags.engine);
  if (flags.vary !== undefined && flags.perSample !== undefined) throw inputError('perSampleWithVary', '--per-sample');
  if (flags.vary !== undefined) return varySweepCommand(flags, { samples, seed, threads, engine }, io);
  if (flags.force && flags.out === undefined && flags.perSample === undefined) throw inputError('forceWithoutOut', '--force', ['--out', '--per-sample']);
  const readFiles = flags.scenario === undefined ? [] : [flags.scenario];
  const shard = parseShardTarget(flags, io.cwd, readFiles);
  if (flags.perSample !== undefined) perSampleFormat(flags.perSample);
  const perSample = flags.perSample === undefined ? undefined : checkOutTarget(io.cwd, '--per-sample', flags.perSample, flags.force === true, shard ? [...readFiles, shard.target.out] : readFiles);
  if (perSample && shard && perSample.path === shard.target.path) throw inputError('perSampleIsOut', '--per-sample');
  const report = shard ? undefined : createReporter(flags.format, io.stdout.isTTY === true);
  const { plan } = loadScenario(io.cwd, flags.scenario, flags.preset, '--scenario', flags.allowRead);
  const range = shard ? shardRange(samples, shard.index, shard.count) : undefined;

  const explainInputs = flags.explain ? sensitivityInputs(plan) : undefined;
  checkSectionLimits(plan, flags.trajectories === true, explainInputs?.length);

  const part = range ? `, shard ${shard!.index}/${shard!.count} (samples ${range.first.toLocaleString('en-US')} to ${range.end.toLocaleString('en-US')})` : '';
  // On a terminal (or with --progress) the header comes first, as progress; in a log it comes once the run
  // has succeeded, so a failure after the run (writing --out) leaves exactly one line on stderr.
  const header = `horizon: ${escapeControl(plan.name)}, ${samples.toLocaleString('en-US')} samples${part}, seed ${seed}, ${threads} thread${threads === 1 ? '' : 's'}\n`;
  const headerFirst = io.stderr.isTTY === true || flags.progress === true;
  if (headerFirst) io.stderr.write(header);
  const sections = { trajectories: flags.trajectories === true, sensitivityInputs: explainInputs };
  const progress = createProgress(io.stderr, range ? range.end - range.first : samples, flags.progress === true);
  const summary = await computeSweep({ plan, seed, samples, range, threads, engine, sections, signal: io.signal, onProgress: progress.update }).finally(progress.stop);
  if (perSample) {
    const rows = range ?? { first: 0, end: samples };
    const rowProgress = createProgress(io.stderr, rows.end - rows.first, flags.progress === true);
    await writePerSample(perSample, { plan, seed, range: rows, threads, signal: io.signal, onProgress: rowProgress.update }).finally(rowProgress.stop);
  }
  if (shard) {
    writeOutTarget(shard.target, encodeShardFile(plan, seed, samples, shard, summary));
  } else {
    // --explain's event indices run on the engine the sweep ran on (the kernel is compiled once per process).
    const kernel = summary.sensitivity && engine === 'kernel' ? await loadKernel() : undefined;
    io.stdout.write(report!(sweepReport(plan, seed, summary, undefined, kernel)));
  }
  if (!headerFirst) io.stderr.write(header);
  return EXIT_OK;
}

/** The engines --engine names, the default first. */
const ENGINES = ['kernel', 'reference'] as const;

export function parseEngine(engine: string | undefined): (typeof ENGINES)[number] {
  if (engine === undefined) return ENGINES[0];
  const known = ENGINES.find((name) => name === engine);
  if (known === undefined) throw inputError('notAChoice', '--engine', ENGINES, JSON.stringify(engine));
  return known;
}
