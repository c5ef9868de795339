import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { kernelWasmUrl } from '@horizon/core-wasm';
import { validateScenario } from '../scenario/validate-scenario.js';
import { compilePlan } from '../model/compile-plan.js';
import type { Plan } from '../model/plan.js';
import { SCENARIO_PRESETS } from '../presets/presets.js';
import { ReferenceEngine } from './reference-engine.js';
import { KernelEngine } from './kernel-engine.js';
import { compileWasmModuleSync, instantiateWasm } from './wasm-api.js';
import { AGREEMENT_SCENARIOS, LAW_ROWS } from './agreement-scenarios.fixture.js';

// The kernel and the reference engine compute every per-sample year with the same operations in the same
// order (the reference's order is the spec). The one difference is the math library: the kernel's ln and exp
// are AssemblyScript's (musl's algorithms, as glibc's), JavaScript's are V8's (fdlibm's); they differ in the
// last bit for a few percent of arguments, which moves about 1 year in 2,000 by an ulp or two (at most
// ~5e-13 year). With the kernel's ln and exp put in place of Math.log and Math.exp, the reference must give
// the kernel's years bit for bit: any other difference is a change in the order of operations.

const kernelModule = compileWasmModuleSync(readFileSync(fileURLToPath(kernelWasmUrl)));
const libm = instantiateWasm(kernelModule) as { libmLog(x: number): number; libmExp(x: number): number };

const planOf = (scenario: unknown): Plan => compilePlan(validateScenario(scenario), { lawSamples: () => LAW_ROWS });

const cases: Array<[string, unknown]> = [
  ...Object.entries(SCENARIO_PRESETS).map(([name, scenario]): [string, unknown] => [`preset ${name}`, scenario]),
  ...Object.entries(AGREEMENT_SCENARIOS),
];

/** Samples whose years differ in any bit (as Object.is: −0, NaN and Infinity included), up to 3 examples. */
function differences(plan: Plan, seed: number, first: number, count: number): { count: number; examples: string[] } {
  const kernelYears = new KernelEngine(kernelModule, plan, seed, { yearsCapacity: 1000 }).sampleYears(first, count);
  // Only the reference's draws and model run with the kernel's ln and exp.
  const log = vi.spyOn(Math, 'log').mockImplementation(libm.libmLog);
  const exp = vi.spyOn(Math, 'exp').mockImplementation(libm.libmExp);
  const reference = new ReferenceEngine(plan, seed);
  const years = new Float64Array(plan.stocks.length);
  const examples: string[] = [];
  let differing = 0;
  for (let i = 0; i < count; i++) {
    reference.sampleYears(first + i, years);
    for (let s = 0; s < years.length; s++) {
      const kernel = kernelYears[i * years.length + s];
      if (Object.is(kernel, years[s])) continue;
      differing++;
      if (examples.length < 3) examples.push(`sample ${first + i}, stock ${s}: reference ${years[s]}, kernel ${kernel}`);
    }
  }
  log.mockRestore();
  exp.mockRestore();
  return { count: differing, examples };
}

describe('kernel and reference per-sample years, bit for bit', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('the math libraries differ (so the test below is not vacuous)', () => {
    let differing = 0;
    for (let k = 1; k <= 1000; k++) {
      const x = k * 0.7377;
      if (!Object.is(Math.log(x), libm.libmLog(x))) differing++;
      if (!Object.is(Math.exp(x / 50), libm.libmExp(x / 50))) differing++;
    }
    expect(differing).toBeGreaterThan(0);
  });

  it.each(cases)('%s: identical with the kernel’s ln and exp', (_name, scenario) => {
    const plan = planOf(scenario);
    expect(differences(plan, 7, 0, 4000)).toEqual({ count: 0, examples: [] });
    // Far sample indices exercise the counter's high bits.
    expect(differences(plan, 2 ** 40 + 3, 2 ** 43, 1000)).toEqual({ count: 0, examples: [] });
  });
});
