import { encodeShardFile, shardRange, type VaryPointResult } from '@horizon/sim';
import { parseVary, resolveVary, varyGrid, varyPointResult, varyResult, inputError } from '@horizon/sim/internal';
import type { SweepFlags } from '../parse-args.js';
import { loadScenario } from '../load-scenario.js';
import { computePoints } from '../compute-sweep.js';
import { createProgress } from '../progress-bar.js';
import { createVaryReporter } from '../reporters/vary-reporter.js';
import { EXIT_OK, type CliIo } from '../io.js';
import { parseShardTarget } from '../shard-target.js';
import { writeOutTarget } from '../out-target.js';

export interface RunSettings {
  readonly samples: number;
  readonly seed: number;
  readonly threads: number;
  readonly engine: 'kernel' | 'reference';
}

/**
 * `horizon sweep --vary …`: every point of the grid over the same samples and seed (common random numbers:
 * only the varied input differs between points), then the what-if result in the chosen format.
 */
export async function varySweepCommand(flags: SweepFlags, run: RunSettings, io: CliIo): Promise<number> {
  for (const flag of ['explain', 'trajectories'] as const) {
    if (flags[flag] === true) throw inputError('notWithVary', `--${flag}`);
  }
  if (flags.force && flags.out === undefined) throw inputError('forceWithoutOut', '--force', ['--out']);
  const specs = (flags.vary ?? []).map((text) => parseVary(text));
  const shard = parseShardTarget(flags, io.cwd, flags.scenario === undefined ? [] : [flags.scenario]);
  const report = shard ? undefined : createVaryReporter(flags.format, io.stdout.isTTY === true);
  const { plan } = loadScenario(io.cwd, flags.scenario, flags.preset, '--scenario', flags.allowRead);
  const axes = specs.map((spec) => resolveVary(plan, spec));
  const points = varyGrid(axes);
  const { samples, seed, threads, engine } = run;
  const range = shard ? shardRange(samples, shard.index, shard.count) : undefined;
  const perPoint = range ? range.end - range.first : samples;
  const part = range ? `, shard ${shard!.index}/${shard!.count} (samples ${range.first.toLocaleString('en-US')} to ${range.end.toLocaleString('en-US')})` : '';
  io.stderr.write(`horizon: ${plan.name}, ${points.length.toLocaleString('en-US')} points × ${samples.toLocaleString('en-US')} samples${part}, seed ${seed}, ${threads} thread${threads === 1 ? '' : 's'}\n`);
  const progress = createProgress(io.stderr, perPoint * points.length, flags.progress === true);
  const results: VaryPointResult[] = [];
  const summaries = await computePoints({
    plan, seed, samples, range, threads, engine, signal: io.signal, onProgress: progress.update,
    points: points.map((point) => point.overrides),
    // A shard keeps every point's counts for the file; a whole run keeps only each point's result.
    onPoint: shard ? undefined : (k, summary) => results.push(varyPointResult(plan, points[k].at, summary)),
  }).finally(progress.stop);
  if (shard) {
    writeOutTarget(shard.target, encodeShardFile(plan, seed, samples, shard, summaries[0], { specs, points: summaries }));
    return EXIT_OK;
  }
  io.stdout.write(report!(varyResult(plan, seed, samples, specs, results)));
  return EXIT_OK;
}
