import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { kernelWasmUrl } from '@horizon/core-wasm';
import { validateScenario } from '../scenario/validate-scenario.js';
import { compilePlan } from '../model/compile-plan.js';
import type { Plan } from '../model/plan.js';
import { SCENARIO_PRESETS } from '../presets/presets.js';
import { SampleStream } from '../random/splitmix64.js';
import { AGREEMENT_SCENARIOS, LAW_ROWS } from './agreement-scenarios.fixture.js';
import { designInputs } from './design-inputs.js';
import { B_OFFSET, eventSensitivity } from './event-sensitivity.js';
import { kernelEventSensitivity } from './kernel-event-sensitivity.js';
import { KernelEngine } from './kernel-engine.js';
import { addPickFreezeBlock, pickFreezeSums } from '../summary/pick-freeze.js';
import { BLOCK_LANES } from './kernel-memory.js';
import { drawInputs, ReferenceEngine } from './reference-engine.js';
import { compileWasmModuleSync, instantiateWasm } from './wasm-api.js';

const kernelModule = compileWasmModuleSync(readFileSync(fileURLToPath(kernelWasmUrl)));
const libm = instantiateWasm(kernelModule) as { libmLog(x: number): number; libmExp(x: number): number };

const planOf = (scenario: unknown): Plan => compilePlan(validateScenario(scenario), { lawSamples: () => LAW_ROWS });

const cases: Array<[string, Plan]> = [
  ...Object.entries(SCENARIO_PRESETS).map(([name, scenario]): [string, Plan] => [`preset ${name}`, planOf(scenario)]),
  ...Object.entries(AGREEMENT_SCENARIOS).map(([name, scenario]): [string, Plan] => [name, planOf(scenario)]),
];

/**
 * The design's years as the reference computes them (event-sensitivity.ts's pickFreeze model): A_j, B_j, and
 * A_j with each input's slots from B_j, in designYears' layout.
 */
function referenceDesignYears(plan: Plan, seed: number, first: number, count: number): Float64Array {
  const inputs = designInputs(plan);
  const stocks = plan.stocks.length;
  const engine = new ReferenceEngine(plan, seed);
  const stream = new SampleStream(seed);
  const a = new Float64Array(plan.slotCount);
  const b = new Float64Array(plan.slotCount);
  const mixed = new Float64Array(plan.slotCount);
  const years = new Float64Array(stocks);
  const out = new Float64Array((2 + inputs.length) * stocks * BLOCK_LANES);
  const put = (d: number, j: number) => years.forEach((year, s) => (out[(d * stocks + s) * BLOCK_LANES + j] = year));
  for (let j = 0; j < count; j++) {
    drawInputs(plan, stream, first + j, a);
    drawInputs(plan, stream, B_OFFSET + first + j, b);
    engine.yearsOfValues(a, years);
    put(0, j);
    engine.yearsOfValues(b, years);
    put(1, j);
    inputs.forEach((input, i) => {
      mixed.set(a);
      for (const slot of input.slots) mixed[slot] = b[slot];
      engine.yearsOfValues(mixed, years);
      put(2 + i, j);
    });
  }
  return out;
}

describe('KernelEngine.designYears', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each(cases)('%s: the reference’s years bit for bit, with the kernel’s ln and exp', (_name, plan) => {
    const engine = new KernelEngine(kernelModule, plan, 5, { design: designInputs(plan) });
    const stocks = plan.stocks.length;
    for (const [first, count] of [[0, BLOCK_LANES], [2 ** 33 + 7, 99]]) {
      const kernel = engine.designYears(first, B_OFFSET + first, count).slice();
      vi.spyOn(Math, 'log').mockImplementation(libm.libmLog);
      vi.spyOn(Math, 'exp').mockImplementation(libm.libmExp);
      const reference = referenceDesignYears(plan, 5, first, count);
      vi.restoreAllMocks();
      let differing = 0;
      for (let d = 0; d < 2 + designInputs(plan).length; d++) {
        for (let s = 0; s < stocks; s++) {
          for (let j = 0; j < count; j++) {
            const k = (d * stocks + s) * BLOCK_LANES + j;
            if (!Object.is(kernel[k], reference[k])) differing++;
          }
        }
      }
      expect(differing).toBe(0);
    }
  });

  it('refuses without a design and past one block', () => {
    const plan = cases[0][1];
    expect(() => new KernelEngine(kernelModule, plan, 1).designYears(0, B_OFFSET, 1)).toThrow(/design/);
    expect(() => new KernelEngine(kernelModule, plan, 1, { design: designInputs(plan) }).designYears(0, B_OFFSET, BLOCK_LANES + 1)).toThrow(/at most/);
  });
});

describe('KernelEngine.designEventSums', () => {
  it.each(cases)('%s: addPickFreezeBlock\'s sums of the indicators of designYears\' years, bit for bit', (_name, plan) => {
    const inputs = designInputs(plan);
    const stocks = plan.stocks.length;
    const engine = new KernelEngine(kernelModule, plan, 3, { design: inputs });
    // T near each stock's median, and one where every year counts (a partial last block too).
    for (const [samples, by] of [[BLOCK_LANES + 77, plan.stocks.map((_, s) => plan.startYear + 8 + s)], [300, plan.stocks.map(() => Infinity)]] as const) {
      const expected = pickFreezeSums(inputs.length, stocks);
      const f = new Float64Array((2 + inputs.length) * stocks * BLOCK_LANES);
      for (let first = 0; first < samples; first += BLOCK_LANES) {
        const n = Math.min(BLOCK_LANES, samples - first);
        const years = engine.designYears(first, B_OFFSET + first, n);
        for (let row = 0; row < f.length; row += BLOCK_LANES) {
          for (let j = 0; j < n; j++) f[row + j] = years[row + j] <= by[(row / BLOCK_LANES) % stocks] ? 1 : 0;
        }
        addPickFreezeBlock(expected, f, n, BLOCK_LANES);
      }
      expect(engine.designEventSums(0, B_OFFSET, samples, by)).toEqual(expected);
    }
  });

  it('refuses without a design', () => {
    const plan = cases[0][1];
    expect(() => new KernelEngine(kernelModule, plan, 1).designEventSums(0, B_OFFSET, 10, [2030])).toThrow(/design/);
  });
});

describe('kernelEventSensitivity', () => {
  it.each(cases)('%s: the reference’s result, with a partial last block and with T given', (_name, plan) => {
    expect(kernelEventSensitivity(kernelModule, plan, 9, 700)).toEqual(eventSensitivity(plan, 9, 700));
    const by = plan.stocks.map((_, s) => plan.startYear + 5 + s);
    expect(kernelEventSensitivity(kernelModule, plan, 9, 300, by)).toEqual(eventSensitivity(plan, 9, 300, by));
  });

  it('equals the reference for any seed and sample count', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: cases.length - 1 }), fc.integer({ min: 0, max: 2 ** 40 }), fc.integer({ min: 1, max: 600 }), (k, seed, samples) => {
        const plan = cases[k][1];
        expect(kernelEventSensitivity(kernelModule, plan, seed, samples)).toEqual(eventSensitivity(plan, seed, samples));
      }),
      { numRuns: 25 },
    );
  });
});
