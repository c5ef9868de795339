// Kernel builds and summary sections, interleaved in one thread (not a test):
//
//   node apps/cli/scripts/bench-sections-ab.mjs PRESET ROUNDS SECTIONS:kernel.wasm [SECTIONS:kernel.wasm ...]
//
// SECTIONS is none or explain. Where bench-kernel-ab.mjs compares builds under one set of sections, this puts
// `--explain`'s cost beside the same build without it (none:build explain:build) and beside other builds of
// the section (explain:/tmp/variant.wasm, built with `asc ... -o`; the builds must share the memory layout of
// the built packages/sim). Each round runs every pair for 4 blocks of 65,536 samples; prints per pair the
// best, 10th percentile and median CPU nanoseconds a sample (user + system of this process), and the median
// over rounds of its ratio to the first pair's time in the same round: a busy machine slows a round's pairs
// alike, so the ratio is steadier than either time.
import { readFileSync } from 'node:fs';
import { KernelEngine, SCENARIO_PRESETS, compilePlan, compileWasmModule, validateScenario } from '@horizon/sim';
import { createSummary, sensitivityInputs } from '@horizon/sim/internal';

const [preset = 'default', roundsText = '30', ...pairs] = process.argv.slice(2);
if (pairs.length === 0) throw new Error('bench-sections-ab: give at least one SECTIONS:kernel.wasm pair');
const plan = compilePlan(validateScenario(SCENARIO_PRESETS[preset]));
const BLOCK = 65536;
const runs = [];
for (const pair of pairs) {
  const split = pair.indexOf(':');
  const [mode, wasm] = [pair.slice(0, split), pair.slice(split + 1)];
  if (mode !== 'none' && mode !== 'explain') throw new Error(`bench-sections-ab: SECTIONS is none or explain, got ${mode}`);
  const sections = mode === 'explain' ? { sensitivityInputs: sensitivityInputs(plan) } : {};
  const engine = new KernelEngine(await compileWasmModule(readFileSync(wasm)), plan, 42, { sections });
  const summary = createSummary(plan.startYear, plan.horizonYear, plan.stocks.length, sections);
  // Warm-up: V8 tiers the kernel up to optimised code.
  for (let b = 0; b < 8; b++) engine.runBlock(b * BLOCK, BLOCK, summary);
  runs.push({ pair, engine, summary, ns: [] });
}
for (let round = 0; round < Number(roundsText); round++) {
  for (const run of runs) {
    const cpu = process.cpuUsage();
    for (let b = 0; b < 4; b++) run.engine.runBlock((round * 4 + b) * BLOCK, BLOCK, run.summary);
    const used = process.cpuUsage(cpu);
    run.ns.push(((used.user + used.system) * 1e3) / (4 * BLOCK));
  }
}
const at = (values, q) => [...values].sort((a, b) => a - b)[Math.floor(q * (values.length - 1))];
for (const run of runs) {
  const ratio = at(run.ns.map((ns, round) => ns / runs[0].ns[round]), 0.5);
  process.stdout.write(`${run.pair}: best ${at(run.ns, 0).toFixed(1)}, p10 ${at(run.ns, 0.1).toFixed(1)}, median ${at(run.ns, 0.5).toFixed(1)} CPU-ns a sample; ${ratio.toFixed(3)}× the first (median of rounds) (${preset})\n`);
}
