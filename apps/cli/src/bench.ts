import { spawnSync } from 'node:child_process';
import { availableParallelism, cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { buildNativeYardstick } from './bench-native.js';
import { loadKernel } from './load-kernel.js';

/**
 * `npm run bench`: samples/s of the TypeScript reference and of the WebAssembly kernel, on one thread and on
 * every core, for the default preset, the contract's example and a compute-mode scenario with a fixed law,
 * with each run's peak RSS. "Per CPU-second" divides by the CPU time all threads used, so it is one busy
 * thread's speed even on a loaded machine; samples/s is wall-clock. Each measurement runs in a fresh process (bench-run.ts). Prints two Markdown
 * tables (the ones in docs/performance.md): the engines without summary sections, then the kernel with them.
 * Then the native yardstick (bench/native/horizon-native.c, built with gcc -O2; skipped with a message when
 * gcc is missing): checked against the kernel's per-sample years bit for bit, timed on one thread, and
 * compared with the kernel's one-thread rates. `npm run bench -w @horizon/cli -- --native` measures only what that last
 * table needs (the kernel on one thread, with and without `--explain`, and the native code). Not a test:
 * the numbers depend on the machine and its load.
 */
const SCENARIOS = ['default', 'contract-example', 'villalobos2024-compute'];
/** Samples per measurement: a few seconds each on a 2-core machine. */
const SAMPLES = { reference: 2e6, kernel: 2e7 } as const;

const runner = fileURLToPath(new URL('./bench-run.js', import.meta.url));
const preload = fileURLToPath(new URL('../scripts/report-peak-rss.mjs', import.meta.url));
const cores = availableParallelism();

interface Measurement {
  readonly samplesPerSecond: number;
  readonly samplesPerCpuSecond: number;
  readonly peakRssMiB: number;
}

/** The optional summary sections timed in the second table: `--explain`, and the web app's default. */
const SECTIONS = ['explain', 'explain+trajectories'];

function measure(preset: string, engine: 'reference' | 'kernel', threads: number, sections = '', samplesGiven?: number): Measurement {
  // With sections, the same samples as without: the sections' costs are fixed (their first 262,144 and 8,192
  // samples), so a shorter run would weigh them, and the run's own start and tail, more than the plain run's.
  const samples = samplesGiven ?? SAMPLES[engine] * threads;
  const args = [preset, engine, String(threads), String(samples), ...(sections ? [sections] : [])];
  const child = spawnSync(process.execPath, ['--import', preload, runner, ...args], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`bench run failed (${preset}, ${engine}, ${threads}): ${child.stderr}`);
  const rss = /peak-rss-kib (\d+)/.exec(child.stderr);
  const { samplesPerSecond, samplesPerCpuSecond } = JSON.parse(child.stdout);
  return { samplesPerSecond, samplesPerCpuSecond, peakRssMiB: rss ? Number(rss[1]) / 1024 : NaN };
}

const rate = (value: number): string => value.toExponential(2).replace('e+', 'e');
const nativeOnly = process.argv.includes('--native');
const threadCounts = cores > 1 && !nativeOnly ? [1, cores] : [1];
/** Samples per native run, and runs per scenario (the median is reported). */
const NATIVE_SAMPLES = 5e7;
const NATIVE_ROUNDS = 3;

process.stdout.write(`horizon bench: ${cores} cores (${cpus()[0]?.model ?? 'unknown CPU'}), node ${process.version}\n\n`);
process.stdout.write('| scenario | engine | threads | samples/s | per CPU-second | kernel / reference | peak RSS (MiB) |\n');
process.stdout.write('| --- | --- | ---: | ---: | ---: | ---: | ---: |\n');
const plain = new Map<string, Measurement>();
const withSections = new Map<string, Measurement>();
for (const preset of SCENARIOS) {
  for (const threads of threadCounts) {
    const kernel = measure(preset, 'kernel', threads);
    plain.set(`${preset} ${threads}`, kernel);
    const reference = nativeOnly ? undefined : measure(preset, 'reference', threads);
    const row = (engine: string, m: Measurement, ratio: string): string =>
      `| ${preset} | ${engine} | ${threads} | ${rate(m.samplesPerSecond)} | ${rate(m.samplesPerCpuSecond)} | ${ratio} | ${m.peakRssMiB.toFixed(0)} |\n`;
    if (reference) process.stdout.write(row('reference', reference, ''));
    process.stdout.write(row('kernel', kernel, reference ? `${(kernel.samplesPerSecond / reference.samplesPerSecond).toFixed(1)}×` : ''));
  }
}

process.stdout.write('\nThe kernel with summary sections (`--explain`; the web app also draws the fan chart: `--trajectories`):\n\n');
process.stdout.write('| scenario | sections | threads | samples/s | per CPU-second | of the rate without | peak RSS (MiB) |\n');
process.stdout.write('| --- | --- | ---: | ---: | ---: | ---: | ---: |\n');
for (const preset of SCENARIOS) {
  for (const sections of nativeOnly ? ['explain'] : SECTIONS) {
    for (const threads of threadCounts) {
      const m = measure(preset, 'kernel', threads, sections);
      withSections.set(`${preset} ${sections} ${threads}`, m);
      const without = plain.get(`${preset} ${threads}`)!;
      const share = `${((100 * m.samplesPerCpuSecond) / without.samplesPerCpuSecond).toFixed(0)}%`;
      process.stdout.write(`| ${preset} | ${sections.replace('+', ', ')} | ${threads} | ${rate(m.samplesPerSecond)} | ${rate(m.samplesPerCpuSecond)} | ${share} | ${m.peakRssMiB.toFixed(0)} |\n`);
    }
  }
}

process.stdout.write('\nAgainst native code: the same model in C (bench/native/horizon-native.c, gcc -O2), one thread each:\n\n');
const native = buildNativeYardstick();
if (typeof native === 'string') {
  process.stdout.write(`Skipped: the native yardstick needs gcc (${native}).\n`);
} else {
  try {
    const module = await loadKernel();
    process.stdout.write('| scenario | native samples/s | native per CPU-second | kernel per CPU-second | kernel / native | kernel `--explain` / native |\n');
    process.stdout.write('| --- | ---: | ---: | ---: | ---: | ---: |\n');
    for (const preset of SCENARIOS) {
      // Same formulation: every per-sample year identical to the kernel's (throws otherwise).
      native.check(module, preset, 42);
      const n = native.measure(preset, 42, NATIVE_SAMPLES, NATIVE_ROUNDS);
      const kernel = plain.get(`${preset} 1`)!;
      const explain = withSections.get(`${preset} explain 1`)!;
      const ratio = (m: Measurement): string => `${(m.samplesPerCpuSecond / n.samplesPerCpuSecond).toFixed(2)}×`;
      process.stdout.write(`| ${preset} | ${rate(n.samplesPerSecond)} | ${rate(n.samplesPerCpuSecond)} | ${rate(kernel.samplesPerCpuSecond)} | ${ratio(kernel)} | ${ratio(explain)} |\n`);
    }
    process.stdout.write('\nRatios are of per-CPU-second rates (each engine\'s busy-thread speed); native figures are medians of 3 runs of 5e7 samples, its per-sample years checked equal to the kernel\'s first.\n');
  } finally {
    native.dispose();
  }
}

/** The what-if sweep of the target: 101 points at 1e5 samples a point against one 1e7-sample sweep. */
const VARY = 'stocks[0].tokens0*=0.25..4:101:log';
process.stdout.write(`\nA what-if sweep (\`--vary '${VARY}'\`, 101 points × 1e5 samples) against one 1e7-sample sweep of the same scenario (target: at least 80%):\n\n`);
process.stdout.write('| scenario | run | threads | samples/s | per CPU-second | of the single sweep | peak RSS (MiB) |\n');
process.stdout.write('| --- | --- | ---: | ---: | ---: | ---: | ---: |\n');
for (const threads of threadCounts) {
  const single = measure('default', 'kernel', threads, '', 1e7);
  const vary = measure('default', 'kernel', threads, `vary:${VARY}`, 1e5);
  const row = (run: string, m: Measurement, share: string): string =>
    `| default | ${run} | ${threads} | ${rate(m.samplesPerSecond)} | ${rate(m.samplesPerCpuSecond)} | ${share} | ${m.peakRssMiB.toFixed(0)} |\n`;
  process.stdout.write(row('1 × 1e7 samples', single, ''));
  process.stdout.write(row('101 points × 1e5', vary, `${((100 * vary.samplesPerSecond) / single.samplesPerSecond).toFixed(0)}%`));
}
