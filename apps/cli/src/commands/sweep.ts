import { InputError, MAX_SAMPLE_INDEX, sensitivityInputs, sweepResult } from '@horizon/sim';
import type { SweepFlags } from '../parse-args.js';
import { parseCount } from '../parse-count.js';
import { loadScenario } from '../load-scenario.js';
import { computeSweep } from '../compute-sweep.js';
import { createReporter } from '../reporters/create-reporter.js';
import { EXIT_OK, type CliIo } from '../io.js';

/** Largest thread count accepted: more workers than this only adds memory. */
export const MAX_THREADS = 256;

/** `horizon sweep`: validate everything, run, then print the result in the chosen format. */
export async function sweepCommand(flags: SweepFlags, io: CliIo): Promise<number> {
  const samples = parseCount(flags.samples ?? '1e6', '--samples', 1, MAX_SAMPLE_INDEX);
  const seed = parseCount(flags.seed ?? '42', '--seed', 0, Number.MAX_SAFE_INTEGER);
  const threads = flags.threads === undefined ? io.cores : parseCount(flags.threads, '--threads', 1, MAX_THREADS);
  const engine = parseEngine(flags.engine);
  const report = createReporter(flags.format, io.stdout.isTTY === true);
  const { plan } = loadScenario(io.cwd, flags.scenario, flags.preset);

  io.stderr.write(`horizon: ${plan.name}, ${samples.toLocaleString('en-US')} samples, seed ${seed}, ${threads} thread${threads === 1 ? '' : 's'}\n`);
  const sections = { trajectories: flags.trajectories === true, sensitivityInputs: flags.explain ? sensitivityInputs(plan) : undefined };
  const summary = await computeSweep({ plan, seed, samples, threads, engine, sections, signal: io.signal });
  const result = sweepResult(plan.name, seed, plan.stocks.map((s) => s.name), summary);
  io.stdout.write(report({ result, summary }));
  return EXIT_OK;
}

function parseEngine(engine: string | undefined): 'kernel' | 'reference' {
  if (engine === undefined || engine === 'kernel') return 'kernel';
  if (engine === 'reference') return 'reference';
  throw new InputError('--engine', `must be kernel or reference, got ${JSON.stringify(engine)}`);
}
