// A focused, interleaved benchmark of kernel builds (not a test):
//
//   node apps/cli/scripts/bench-kernel-ab.mjs PRESET [SECTIONS] [ROUNDS] [kernel.wasm ...]
//
// SECTIONS is none (default), explain, trajectories or explain+trajectories; each .wasm is a kernel build
// (default: the built one). Every build gets its own KernelEngine in this one thread; the rounds alternate
// between them, 4 blocks of 65,536 samples each, so a busy machine slows them alike. Prints per build the
// median, 90th percentile and best samples/s. The builds must share the memory layout of the built
// packages/sim (kernel-memory.ts); compare kernels built from `asc` into /tmp with `-o`. With `--cpu`
// (anywhere among the arguments) each round's rate is per CPU-second of this process rather than per
// wall-clock second: steadier when other programs share the machine. Each build after the first also gets
// the median over rounds of its rate divided by the first build's in the same round ("paired"): the builds
// of one round run a few milliseconds apart, so the machine's load moves them alike.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { kernelWasmUrl } from '@horizon/core-wasm';
import { KernelEngine, SCENARIO_PRESETS, compilePlan, compileWasmModule, validateScenario } from '@horizon/sim';
import { createSummary, sensitivityInputs } from '@horizon/sim/internal';

const perCpu = process.argv.includes('--cpu');
const [preset = 'contract-example', sectionsText = 'none', roundsText = '30', ...given] = process.argv.slice(2).filter((arg) => arg !== '--cpu');
const wasms = given.length > 0 ? given : [fileURLToPath(kernelWasmUrl)];
const plan = compilePlan(validateScenario(SCENARIO_PRESETS[preset]));
const wanted = sectionsText.split('+');
const sections = {
  ...(wanted.includes('trajectories') ? { trajectories: true } : {}),
  ...(wanted.includes('explain') ? { sensitivityInputs: sensitivityInputs(plan) } : {}),
};
const BLOCK = 65536;
const engines = [];
for (const wasm of wasms) engines.push(new KernelEngine(await compileWasmModule(readFileSync(wasm)), plan, 42, { sections }));
const summary = createSummary(plan.startYear, plan.horizonYear, plan.stocks.length, sections);
// Warm-up: V8 tiers each kernel up to optimised code.
for (const engine of engines) for (let b = 0; b < 8; b++) engine.runBlock(b * BLOCK, BLOCK, summary);
const rates = engines.map(() => []);
for (let round = 0; round < Number(roundsText); round++) {
  engines.forEach((engine, k) => {
    const started = performance.now();
    const cpu = process.cpuUsage();
    for (let b = 0; b < 4; b++) engine.runBlock((round * 4 + b) * BLOCK, BLOCK, summary);
    const used = process.cpuUsage(cpu);
    const seconds = perCpu ? (used.user + used.system) / 1e6 : (performance.now() - started) / 1000;
    rates[k].push((4 * BLOCK) / seconds);
  });
}
const rate = (value) => value.toExponential(3).replace('e+', 'e');
const paired = rates.map((values) => values.map((value, round) => value / rates[0][round]).sort((a, b) => a - b));
rates.forEach((values, k) => {
  values.sort((a, b) => a - b);
  const at = (q) => values[Math.min(values.length - 1, Math.floor(q * values.length))];
  const ratio = k === 0 ? '' : `, paired ${paired[k][Math.floor(paired[k].length / 2)].toFixed(3)}× the first`;
  process.stdout.write(`${wasms[k]}: median ${rate(at(0.5))}, p90 ${rate(at(0.9))}, best ${rate(values[values.length - 1])} samples/s${perCpu ? ' per CPU-second' : ''}${ratio} (${preset}, ${sectionsText})\n`);
});
