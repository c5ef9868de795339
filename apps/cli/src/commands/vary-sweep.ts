import { InputError, parseVary, resolveVary, varyGrid, varyPointResult, varyResult, type VaryPointResult } from '@horizon/sim';
import type { SweepFlags } from '../parse-args.js';
import { loadScenario } from '../load-scenario.js';
import { computePoints } from '../compute-sweep.js';
import { createProgress } from '../progress-bar.js';
import { createVaryReporter } from '../reporters/vary-reporter.js';
import { EXIT_OK, type CliIo } from '../io.js';

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
  for (const flag of ['explain', 'trajectories', 'shard', 'out'] as const) {
    if (flags[flag] !== undefined && flags[flag] !== false) throw new InputError(`--${flag}`, 'cannot be combined with --vary');
  }
  const specs = (flags.vary ?? []).map((text) => parseVary(text));
  const report = createVaryReporter(flags.format, io.stdout.isTTY === true);
  const { plan } = loadScenario(io.cwd, flags.scenario, flags.preset);
  const axes = specs.map((spec) => resolveVary(plan, spec));
  const points = varyGrid(axes);
  const { samples, seed, threads, engine } = run;
  const total = samples * points.length;
  io.stderr.write(`horizon: ${plan.name}, ${points.length.toLocaleString('en-US')} points × ${samples.toLocaleString('en-US')} samples, seed ${seed}, ${threads} thread${threads === 1 ? '' : 's'}\n`);
  const progress = createProgress(io.stderr, total, flags.progress === true);
  const results: VaryPointResult[] = [];
  await computePoints({
    plan, seed, samples, threads, engine, signal: io.signal, onProgress: progress.update,
    points: points.map((point) => point.overrides),
    onPoint: (k, summary) => results.push(varyPointResult(plan, points[k].at, summary)),
  }).finally(progress.stop);
  io.stdout.write(report(varyResult(plan, seed, samples, specs, results)));
  return EXIT_OK;
}
