import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { kernelWasmUrl } from '@horizon/core-wasm';
import { validateScenario } from '../scenario/validate-scenario.js';
import { compilePlan } from '../model/compile-plan.js';
import { DIST_FIXED, DIST_LENGTH, DIST_MIXTURE, DIST_UNIFORM, STEP_LENGTH, STEP_ROW, encodePlan } from './encode-plan.js';
import { ReferenceEngine } from './reference-engine.js';
import { KernelEngine } from './kernel-engine.js';
import { compileWasmModuleSync, instantiateWasm } from './wasm-api.js';
import { AGREEMENT_SCENARIOS, LAW_ROWS } from './agreement-scenarios.fixture.js';

// The stream's extreme bit patterns, end to end in both engines. For each input that draws, a (seed, sample)
// is solved for so that the input's first 64-bit draw is all zeros or all ones: the uniform made from it must
// be 2^-53 or 1 − 2^-53 (strictly inside (0, 1)), the pickers (mixture components, row tables, the weighted
// demand list) must land on their first or last entry, and both engines must agree on every value and year.

const M64 = (1n << 64n) - 1n;
const GAMMA = 0x9e3779b97f4a7c15n;
const MIX1 = 0xbf58476d1ce4e5b9n;
const MIX2 = 0x94d049bb133111ebn;

/** Inverse mod 2^64 of an odd number (Newton: each step doubles the correct low bits). */
function inverse(a: bigint): bigint {
  let x = a;
  for (let k = 0; k < 6; k++) x = (x * (2n - a * x)) & M64;
  return x;
}

/** Inverse of z ^ (z >> shift). */
function unXorShift(z: bigint, shift: bigint): bigint {
  let x = z;
  for (let k = 0; k < 64; k += Number(shift)) x = z ^ (x >> shift);
  return x;
}

const mix64 = (state: bigint): bigint => {
  let z = state;
  z = ((z ^ (z >> 30n)) * MIX1) & M64;
  z = ((z ^ (z >> 27n)) * MIX2) & M64;
  return z ^ (z >> 31n);
};

/** The state SplitMix64's output function maps to `bits`. */
const unmix64 = (bits: bigint): bigint => unXorShift((unXorShift((unXorShift(bits, 31n) * inverse(MIX2)) & M64, 27n) * inverse(MIX1)) & M64, 30n);

/**
 * A seed below 2^20 and a sample index below 2^44 whose first draw of the input with stream key `key` is
 * `bits`: seed + key + (i · 2^20 + 1) · γ ≡ unmix64(bits) (docs/output.md, the random stream).
 */
function solveStart(key: bigint, bits: bigint): { seed: number; sample: number } {
  const rest = (unmix64(bits) - key - GAMMA) & M64;
  const seed = rest & 0xfffffn;
  const sample = ((rest >> 20n) * inverse(GAMMA)) & ((1n << 44n) - 1n);
  return { seed: Number(seed), sample: Number(sample) };
}

const kernelModule = compileWasmModuleSync(readFileSync(fileURLToPath(kernelWasmUrl)));
const libm = instantiateWasm(kernelModule) as { libmLog(x: number): number; libmExp(x: number): number };

const PATTERNS: Array<[string, bigint, number]> = [
  ['all zeros', 0n, 2 ** -53],
  ['all ones', M64, 1 - 2 ** -53],
];

const scenarios = ['every distribution kind, trend demand', 'weighted demand list mixing a trend, a preset law and a row table'];

describe('the stream’s extreme bit patterns', () => {
  it('the solver puts the pattern on the input’s first draw', () => {
    for (const [, bits] of PATTERNS) {
      const key = 0x1234_5678_9abc_def0n;
      const { seed, sample } = solveStart(key, bits);
      expect(mix64((BigInt(seed) + key + (BigInt(sample) * 2n ** 20n + 1n) * GAMMA) & M64)).toBe(bits);
    }
  });

  it.each(scenarios)('%s: every input at both extremes, in both engines', (name) => {
    const plan = compilePlan(validateScenario(AGREEMENT_SCENARIOS[name]), { lawSamples: () => LAW_ROWS });
    const encoded = encodePlan(plan);
    const [stepCount, stepsAt] = [encoded[4], encoded[5]];
    let checked = 0;
    let pickers = 0;
    for (let k = 0; k < stepCount; k++) {
      const at = stepsAt + k * STEP_LENGTH;
      const key = (BigInt(encoded[at + 8]) << 32n) | BigInt(encoded[at + 9]);
      const isRow = encoded[at] === STEP_ROW;
      const dist = encoded[at + 4];
      if (!isRow && encoded[dist] === 0) continue; // fixed: no draw
      for (const [pattern, bits, u] of PATTERNS) {
        const { seed, sample } = solveStart(key, bits);
        const kernel = new KernelEngine(kernelModule, plan, seed, { yearsCapacity: 1 });
        const kernelYears = kernel.sampleYears(sample, 1);
        const { memory } = (kernel as unknown as { kernel: { memory: { buffer: ArrayBuffer } } }).kernel;
        const { valuesAt, columnBytes } = (kernel as unknown as { layout: { valuesAt: number; columnBytes: number } }).layout;
        // The sample is lane 0 of the block: the first value of each slot's column.
        const columns = new Float64Array(memory.buffer, valuesAt, (plan.slotCount * columnBytes) / 8);
        const kernelValues = Float64Array.from({ length: plan.slotCount }, (_, slot) => columns[(slot * columnBytes) / 8]);
        const log = vi.spyOn(Math, 'log').mockImplementation(libm.libmLog);
        const exp = vi.spyOn(Math, 'exp').mockImplementation(libm.libmExp);
        const reference = new ReferenceEngine(plan, seed);
        const years = new Float64Array(plan.stocks.length);
        reference.sampleYears(sample, years);
        const values = reference.lastValues.slice();
        log.mockRestore();
        exp.mockRestore();
        const where = `${name}, step ${k}, ${pattern}`;
        expect(Array.from(kernelYears), where).toEqual(Array.from(years));
        expect(Array.from(kernelValues), where).toEqual(Array.from(values));
        const slot = encoded[at + 1];
        if (isRow) {
          // The row index: first row for the smallest uniform, last row for the largest.
          expect(values[encoded[at + 5]], where).toBe(bits === 0n ? 0 : encoded[at + 3] - 1);
          pickers++;
        } else if (encoded[dist] === DIST_MIXTURE) {
          // The first component for the smallest uniform, the last for the largest: seen when it is fixed.
          const component = encoded[dist + 3] + (bits === 0n ? 0 : encoded[dist + 1] - 1) * DIST_LENGTH;
          if (encoded[component] === DIST_FIXED) {
            const fixed = encoded[component + 1];
            expect(values[slot], where).toBe(encoded[at + 2] ? libm.libmLog(fixed) : fixed);
            pickers++;
          }
        } else if (encoded[dist] === DIST_UNIFORM && encoded[dist + 1] === 0 && encoded[dist + 2] === 1 && encoded[at + 2] === 0) {
          expect(values[slot], where).toBe(u);
          pickers++;
        }
        expect(values.every((v) => !Number.isNaN(v)), where).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
    expect(pickers).toBeGreaterThanOrEqual(2);
  });
});
