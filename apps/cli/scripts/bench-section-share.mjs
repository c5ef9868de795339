// What a summary section costs, measured interleaved (not a test):
//
//   node apps/cli/scripts/bench-section-share.mjs [PRESET ...] [--sections explain|explain+trajectories] [--rounds N] [--kernel FILE.wasm]
//
// For each preset (default: default, contract-example, villalobos2024-compute), two engines of one kernel build
// in this one thread, one without sections and one with them, take turns: 4 blocks of 65,536 samples each per
// turn, timed in CPU-seconds of this process (steadier than wall-clock time on a shared machine). Prints each
// one's median samples per CPU-second and the median over rounds of the pair's ratio: the share of the rate
// without sections that the run with them keeps (the target for --explain is at least 75%). The pairs run
// back to back, so a busy machine slows both alike.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { kernelWasmUrl } from '@horizon/core-wasm';
import { KernelEngine, SCENARIO_PRESETS, compilePlan, compileWasmModule, validateScenario } from '@horizon/sim';
import { createSummary, sensitivityInputs } from '@horizon/sim/internal';

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: { sections: { type: 'string', default: 'explain' }, rounds: { type: 'string', default: '20' }, kernel: { type: 'string' } },
});
const presets = positionals.length > 0 ? positionals : ['default', 'contract-example', 'villalobos2024-compute'];
const module = await compileWasmModule(readFileSync(options.kernel ?? fileURLToPath(kernelWasmUrl)));
const wanted = options.sections.split('+');
const BLOCK = 65536;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rate = (value) => value.toExponential(2).replace('e+', 'e');

for (const preset of presets) {
  const plan = compilePlan(validateScenario(SCENARIO_PRESETS[preset]));
  const configs = [{}, {
    ...(wanted.includes('trajectories') ? { trajectories: true } : {}),
    ...(wanted.includes('explain') ? { sensitivityInputs: sensitivityInputs(plan) } : {}),
  }];
  const engines = configs.map((sections) => new KernelEngine(module, plan, 42, { sections }));
  const summaries = configs.map((sections) => createSummary(plan.startYear, plan.horizonYear, plan.stocks.length, sections));
  // Warm-up: V8 tiers the kernel up to optimised code.
  engines.forEach((engine, k) => { for (let b = 0; b < 8; b++) engine.runBlock(b * BLOCK, BLOCK, summaries[k]); });
  const rates = [[], []];
  const shares = [];
  for (let round = 0; round < Number(options.rounds); round++) {
    const pair = engines.map((engine, k) => {
      const cpu = process.cpuUsage();
      for (let b = 0; b < 4; b++) engine.runBlock((round * 4 + b) * BLOCK, BLOCK, summaries[k]);
      const used = process.cpuUsage(cpu);
      return (4 * BLOCK) / ((used.user + used.system) / 1e6);
    });
    pair.forEach((value, k) => rates[k].push(value));
    shares.push(pair[1] / pair[0]);
  }
  process.stdout.write(`${preset}: without ${rate(median(rates[0]))}, with ${options.sections} ${rate(median(rates[1]))} samples per CPU-second; keeps ${(100 * median(shares)).toFixed(0)}% (median of ${shares.length} paired rounds)\n`);
}
