import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KernelEngine, SCENARIO_PRESETS, compilePlan, validateScenario, type WasmModule } from '@horizon/sim';
import { encodePlan, zigguratTables } from '@horizon/sim/internal';

/**
 * The benchmark's native yardstick (bench/native/horizon-native.c): built with `gcc -O2` into a temporary
 * directory, given the same encoded plan and ziggurat tables the kernel receives, checked against the
 * kernel's per-sample years bit for bit, then timed on one thread.
 */
const SOURCE = fileURLToPath(new URL('../../../bench/native/horizon-native.c', import.meta.url));

export interface NativeYardstick {
  /** Median over `rounds` runs of samples/s (wall clock) and samples per CPU-second, `samples` samples each. */
  measure(preset: string, seed: number, samples: number, rounds: number): { samplesPerSecond: number; samplesPerCpuSecond: number };
  /** Compares the native per-sample years with the kernel's; returns the number of samples checked. */
  check(module: WasmModule, preset: string, seed: number): number;
  dispose(): void;
}

/** Builds the yardstick, or returns the reason it cannot (gcc missing or failing). */
export function buildNativeYardstick(): NativeYardstick | string {
  const dir = mkdtempSync(join(tmpdir(), 'horizon-native-'));
  const binary = join(dir, 'horizon-native');
  const gcc = spawnSync('gcc', ['-O2', '-ffp-contract=off', '-o', binary, SOURCE, '-lm'], { encoding: 'utf8' });
  if (gcc.error || gcc.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return gcc.error ? `gcc not found (${gcc.error.message})` : `gcc failed: ${gcc.stderr.trim()}`;
  }
  const inputOf = (preset: string, seed: number): string => {
    const encoded = encodePlan(compilePlan(validateScenario(SCENARIO_PRESETS[preset])));
    const { x, ratio, f } = zigguratTables;
    const data = new Float64Array([seed, encoded.length, ...x, ...ratio, ...f, ...encoded]);
    const path = join(dir, `${preset}-${seed}.bin`);
    writeFileSync(path, new Uint8Array(data.buffer));
    return path;
  };
  const run = (args: string[]): Buffer => {
    const child = spawnSync(binary, args, { maxBuffer: 1 << 30 });
    if (child.status !== 0) throw new Error(`horizon-native ${args.join(' ')} failed: ${child.stderr.toString()}`);
    return child.stdout;
  };
  return {
    measure(preset, seed, samples, rounds) {
      const input = inputOf(preset, seed);
      const runs = Array.from({ length: rounds }, () => JSON.parse(run([input, 'run', '0', String(samples)]).toString()));
      const median = (values: number[]): number => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
      return {
        samplesPerSecond: median(runs.map((r) => samples / r.seconds)),
        samplesPerCpuSecond: median(runs.map((r) => samples / r.cpuSeconds)),
      };
    },
    check(module, preset, seed) {
      const plan = compilePlan(validateScenario(SCENARIO_PRESETS[preset]));
      const input = inputOf(preset, seed);
      const kernel = new KernelEngine(module, plan, seed, { yearsCapacity: 4096 });
      let checked = 0;
      // From the start and far into the stream (a sample index above 2^32).
      for (const [first, count] of [[0, 50_000], [2 ** 40 + 3, 10_000]]) {
        const bytes = run([input, 'years', String(first), String(count)]);
        const native = new Float64Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 8);
        const expected = kernel.sampleYears(first, count);
        if (native.length !== expected.length) throw new Error(`native years of ${preset}: ${native.length} values, kernel ${expected.length}`);
        for (let i = 0; i < expected.length; i++) {
          if (!Object.is(native[i], expected[i])) {
            throw new Error(`native years of ${preset} differ from the kernel's at value ${i} from sample ${first}: ${native[i]} vs ${expected[i]}`);
          }
        }
        checked += count;
      }
      return checked;
    },
    dispose() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
