// Fingerprints of the kernel's output, for changes that must not move a byte (not a test):
//
//   node apps/cli/scripts/kernel-summary-hashes.mjs [kernel.wasm] [samples] > hashes.txt
//
// For every preset and every agreement scenario (packages/sim/src/engine/agreement-scenarios.fixture.ts),
// prints a SHA-256 prefix of the KernelEngine summary (seed 11, `samples` samples, default 200,001: a
// partial last block) without sections and with trajectories and sensitivity, and of 5,000 per-sample
// years. Run it before and after a change to the kernel (build first: `npm run build`) and diff the output.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { kernelWasmUrl } from '@horizon/core-wasm';
import { KernelEngine, SCENARIO_PRESETS, compilePlan, compileWasmModule, runSweep, validateScenario } from '@horizon/sim';
import { sensitivityInputs } from '@horizon/sim/internal';

const fixtureUrl = new URL('../../../packages/sim/dist/engine/agreement-scenarios.fixture.js', import.meta.url);
const { AGREEMENT_SCENARIOS, LAW_ROWS } = await import(fixtureUrl.href);
const [wasm = fileURLToPath(kernelWasmUrl), samplesText = '200001'] = process.argv.slice(2);
const module = await compileWasmModule(readFileSync(wasm));
const samples = Number(samplesText);
const serialise = (value) =>
  JSON.stringify(value, (_key, x) => (ArrayBuffer.isView(x) ? Array.from(x) : typeof x === 'number' && !Number.isFinite(x) ? String(x) : x));
const hash = (data) => createHash('sha256').update(data).digest('hex').slice(0, 16);
for (const [name, scenario] of Object.entries({ ...SCENARIO_PRESETS, ...AGREEMENT_SCENARIOS })) {
  const plan = compilePlan(validateScenario(scenario), { lawSamples: () => LAW_ROWS });
  for (const [label, sections] of [['plain', {}], ['sections', { trajectories: true, sensitivityInputs: sensitivityInputs(plan) }]]) {
    const summary = runSweep(plan, new KernelEngine(module, plan, 11, { sections }), samples, undefined, sections);
    process.stdout.write(`${hash(serialise(summary))} ${label} ${name}\n`);
  }
  const years = new KernelEngine(module, plan, 11, { yearsCapacity: 1000 }).sampleYears(123456, 5000);
  process.stdout.write(`${hash(Buffer.from(years.buffer))} years ${name}\n`);
}
