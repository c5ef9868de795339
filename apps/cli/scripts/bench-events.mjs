// What --explain's event indices cost, reference engine against kernel, measured interleaved (not a test):
//
//   node apps/cli/scripts/bench-events.mjs [PRESET ...] [--rounds N] [--seed S]
//
// For each preset (default: default, contract-example, villalobos2024-compute), the event indices
// (pick-freeze over 8,192 A and B samples: 8,192 × (2 + inputs) evaluations of the model) are computed by
// the reference engine (eventSensitivity) and by the kernel (kernelEventSensitivity) in turns, in this one
// thread, each timed in CPU-seconds of this process (user + system, all its threads: V8 compiles in the
// background; steadier than wall-clock time on a shared machine) and in wall-clock seconds. Prints each one's
// first call in the process (cold: what one `horizon sweep --explain` pays; the kernel's first, so it gets
// no head start from the reference), the medians over the rounds after one more warm-up call, their ratio,
// and whether the two results are the same JSON bytes. The kernel's time includes instantiating it from the
// compiled module.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { kernelWasmUrl } from '@horizon/core-wasm';
import { SCENARIO_PRESETS, compilePlan, compileWasmModule, validateScenario } from '@horizon/sim';
import { designInputs, eventSensitivity, kernelEventSensitivity } from '@horizon/sim/internal';

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: { rounds: { type: 'string', default: '5' }, seed: { type: 'string', default: '42' } },
});
const presets = positionals.length > 0 ? positionals : ['default', 'contract-example', 'villalobos2024-compute'];
const rounds = Number(options.rounds);
const seed = Number(options.seed);
const module = await compileWasmModule(readFileSync(fileURLToPath(kernelWasmUrl)));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** CPU seconds (user + system) and wall seconds of one call, and its result. */
function timed(run) {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  const result = run();
  const used = process.cpuUsage(cpu);
  return { cpu: (used.user + used.system) / 1e6, wall: (performance.now() - wall) / 1e3, result };
}

console.log('preset | inputs | first call: reference CPU s | first call: kernel CPU s | reference CPU s (wall) | kernel CPU s (wall) | CPU ratio | same bytes');
for (const preset of presets) {
  const plan = compilePlan(validateScenario(SCENARIO_PRESETS[preset]));
  const runs = { reference: [], kernel: [] };
  const cold = { kernel: timed(() => kernelEventSensitivity(module, plan, seed)), reference: timed(() => eventSensitivity(plan, seed)) };
  let same = JSON.stringify(cold.kernel.result) === JSON.stringify(cold.reference.result);
  // One more call of each (V8 tiers the reference and the kernel's glue up to optimised code).
  eventSensitivity(plan, seed, 1024);
  kernelEventSensitivity(module, plan, seed, 1024);
  for (let round = 0; round < rounds; round++) {
    const reference = timed(() => eventSensitivity(plan, seed));
    const kernel = timed(() => kernelEventSensitivity(module, plan, seed));
    same &&= JSON.stringify(reference.result) === JSON.stringify(kernel.result);
    runs.reference.push(reference);
    runs.kernel.push(kernel);
  }
  const cpu = (name) => median(runs[name].map((run) => run.cpu));
  const wall = (name) => median(runs[name].map((run) => run.wall));
  const cell = (name) => `${cpu(name).toFixed(3)} (${wall(name).toFixed(3)})`;
  console.log(`${preset} | ${designInputs(plan).length} | ${cold.reference.cpu.toFixed(3)} | ${cold.kernel.cpu.toFixed(3)} | ${cell('reference')} | ${cell('kernel')} | ${(cpu('reference') / cpu('kernel')).toFixed(1)}× | ${same ? 'yes' : 'NO'}`);
}
