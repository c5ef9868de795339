import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { kernelWasmUrl } from '@horizon/core-wasm';
import { validateScenario } from '../scenario/validate-scenario.js';
import { compilePlan } from '../model/compile-plan.js';
import { SCENARIO_PRESETS } from '../presets/presets.js';
import { sensitivityInputs, type SensitivityInput } from '../summary/sensitivity-accumulator.js';
import { ReferenceEngine } from './reference-engine.js';
import { KernelEngine } from './kernel-engine.js';
import { runSweep } from './run-sweep.js';
import { compileWasmModuleSync, instantiateWasm } from './wasm-api.js';

// The kernel bins an input's value through a table of cells (packages/core-wasm/assembly/sections.ts): a cell
// gives the edges below it, and the value steps past the edges of its own cell (one or two), or, when more
// crowd into a cell, takes a binary search. Whatever the edges (two or more in one cell, repeated, spread past
// the values, fewer than the fast path's 63), its bins must be the reference's binary search's: with the
// kernel's ln and exp in the reference (kernel-bits.test.ts says why), every count and sum of the section is
// equal. More samples than the kernel's packed records hold (4,096) before it adds them into wider ones.

const kernelModule = compileWasmModuleSync(readFileSync(fileURLToPath(kernelWasmUrl)));
const libm = instantiateWasm(kernelModule) as { libmLog(x: number): number; libmExp(x: number): number };
const plan = compilePlan(validateScenario(SCENARIO_PRESETS['contract-example']));
const planned = sensitivityInputs(plan);
const varying = planned.filter((input) => input.edges.length > 0);

/**
 * The planned edges; the planned edges with every odd one moved a third of a table cell (1/1,024 of the span)
 * above the one before, so that many cells hold two edges with values between them; or sorted edges built
 * from the planned ones: some kept, some repeated, some squeezed together, some far out.
 */
const edgesFor = (input: SensitivityInput) =>
  fc.oneof(fc.constant(input.edges), fc.constant(pairedEdges(input)), mixedEdges(input));

const pairedEdges = (input: SensitivityInput): number[] => {
  const gap = (input.edges[62] - input.edges[0]) / 1024 / 3;
  return input.edges.map((edge, k) => (k % 2 === 1 ? input.edges[k - 1] + gap : edge));
};

const mixedEdges = (input: SensitivityInput) =>
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...input.edges),
        fc.tuple(fc.constantFrom(...input.edges), fc.double({ min: -1e-9, max: 1e-9, noNaN: true })).map(([edge, nudge]) => edge + nudge * Math.abs(edge)),
        fc.double({ min: input.edges[0] - 2 * Math.abs(input.edges[0]), max: input.edges[62] + 2 * Math.abs(input.edges[62]), noNaN: true }),
      ),
      { minLength: 1, maxLength: 63 },
    )
    .chain((edges) => fc.constantFrom(edges.length, 63).map((length) => Array.from({ length }, (_, k) => edges[k % edges.length]).sort((a, b) => a - b)));

describe('kernel sensitivity bins', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('equal the reference’s for any increasing edges', () => {
    fc.assert(
      fc.property(fc.tuple(...varying.map(edgesFor)), fc.integer({ min: 0, max: 1000 }), (edgeSets, seed) => {
        let k = 0;
        const inputs = planned.map((input) => (input.edges.length > 0 ? { ...input, edges: edgeSets[k++] } : input));
        const sections = { sensitivityInputs: inputs };
        const samples = 4_501;
        const kernel = runSweep(plan, new KernelEngine(kernelModule, plan, seed, { sections }), samples, undefined, sections).sensitivity!;
        vi.spyOn(Math, 'log').mockImplementation(libm.libmLog);
        vi.spyOn(Math, 'exp').mockImplementation(libm.libmExp);
        const reference = runSweep(plan, new ReferenceEngine(plan, seed), samples, undefined, sections).sensitivity!;
        vi.restoreAllMocks();
        for (const key of ['count', 'never', 'sumQ', 'sumQ2', 'totalQ', 'totalQ2'] as const) expect(kernel[key]).toEqual(reference[key]);
      }),
      { numRuns: 10 },
    );
  });
});
