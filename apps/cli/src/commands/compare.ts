import { SCENARIO_PRESETS, sweepResult, type SweepResult } from '@horizon/sim';
import { MAX_SAMPLE_INDEX, parseCount, inputError } from '@horizon/sim/internal';
import type { CompareFlags } from '../parse-args.js';
import { loadScenario, type LoadedScenario } from '../load-scenario.js';
import { computeSweep } from '../compute-sweep.js';
import { createProgress } from '../progress-bar.js';
import { createCompareReporter } from '../reporters/compare-reporter.js';
import { threadCount } from '../thread-count.js';
import { EXIT_OK, type CliIo } from '../io.js';

/**
 * `horizon compare A B …`: each scenario (a preset name, or a scenario file when no preset has that name)
 * run with the same seed and samples, so common random numbers make the differences precise, then printed
 * side by side with each stock's median difference from A.
 */
export async function compareCommand(names: readonly string[], flags: CompareFlags, io: CliIo): Promise<number> {
  if (names.length < 2) throw inputError('tooFewScenarios', 'compare', names.length);
  const samples = parseCount(flags.samples ?? '1e6', '--samples', 1, MAX_SAMPLE_INDEX);
  const seed = parseCount(flags.seed ?? '42', '--seed', 0, Number.MAX_SAFE_INTEGER);
  const threads = threadCount(flags.threads, io.cores);
  const report = createCompareReporter(flags.format, io.stdout.isTTY === true);
  // Every scenario is loaded and checked before any work starts.
  const loaded: LoadedScenario[] = names.map((name) =>
    Object.hasOwn(SCENARIO_PRESETS, name) ? loadScenario(io.cwd, undefined, name) : loadScenario(io.cwd, name, undefined, name),
  );
  io.stderr.write(`horizon: comparing ${loaded.map((l) => l.plan.name).join(', ')}, ${samples.toLocaleString('en-US')} samples each, seed ${seed}, ${threads} thread${threads === 1 ? '' : 's'}\n`);
  const progress = createProgress(io.stderr, samples * loaded.length, flags.progress === true);
  const results: SweepResult[] = [];
  try {
    for (const [k, { plan }] of loaded.entries()) {
      const summary = await computeSweep({ plan, seed, samples, threads, engine: 'kernel', signal: io.signal, onProgress: (done) => progress.update(k * samples + done) });
      results.push(sweepResult(plan, seed, summary));
    }
  } finally {
    progress.stop();
  }
  io.stdout.write(report({ samples, seed, scenarios: results }));
  return EXIT_OK;
}
