import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kernelWasmUrl } from '@horizon/core-wasm';
import { compileWasmModuleSync, instantiateWasm, type WasmMemory } from './wasm-api.js';

// The kernel's two-lane ln, exp and expm1 (packages/core-wasm/assembly/vector-math.ts) must give its scalar
// Math.log's, Math.exp's and Math.expm1's doubles bit for bit, whatever the pair: both lanes on the common path, one lane
// off it (then both go to the scalar function), special values.

interface Probes {
  memory: WasmMemory;
  heapBase(): number;
  libmLog(x: number): number;
  libmExp(x: number): number;
  libmExpm1(x: number): number;
  vectorLogProbe(at: number, count: number): void;
  vectorExpProbe(at: number, count: number): void;
  vectorExpm1Probe(at: number, count: number): void;
}

const kernel = instantiateWasm(compileWasmModuleSync(readFileSync(fileURLToPath(kernelWasmUrl)))) as Probes;
const at = Math.ceil(kernel.heapBase() / 16) * 16;

/** The two-lane function over `values` (padded to even length) against the scalar one, value by value. */
function mismatches(values: number[], probe: 'vectorLogProbe' | 'vectorExpProbe' | 'vectorExpm1Probe', scalar: (x: number) => number): string[] {
  const count = values.length + (values.length % 2);
  const bytes = at + count * 8;
  if (bytes > kernel.memory.buffer.byteLength) kernel.memory.grow(Math.ceil((bytes - kernel.memory.buffer.byteLength) / 65536));
  const view = new Float64Array(kernel.memory.buffer, at, count);
  view.set(values);
  if (count > values.length) view[count - 1] = values[0];
  kernel[probe](at, count);
  const out = new Float64Array(kernel.memory.buffer, at, count);
  const wrong: string[] = [];
  values.forEach((x, i) => {
    if (!Object.is(out[i], scalar(x))) wrong.push(`${probe}(${x}) = ${out[i]}, scalar ${scalar(x)}`);
  });
  return wrong;
}

const anyDouble = fc.double({ noNaN: false });
const special = [0, -0, -1, 1, 0.9375, 1.0645, 1 - 2 ** -53, 1 + 2 ** -52, 5e-324, 2.2250738585072014e-308, 1e308, Infinity, -Infinity, NaN];

describe('two-lane ln', () => {
  it('equals Math.log of the kernel for any pair of doubles', () => {
    fc.assert(fc.property(fc.array(anyDouble, { minLength: 2, maxLength: 64 }), (values) => {
      expect(mismatches(values, 'vectorLogProbe', kernel.libmLog)).toEqual([]);
    }));
  });

  it('equals it over the ranges the kernel takes logs of, and at the edges of its paths', () => {
    const values: number[] = [...special];
    for (let k = 0; k < 20000; k++) values.push(Math.exp((k / 20000) * 80 - 40), 0.9 + (k / 20000) * 0.2, 1.2 + k * 1e-4);
    for (const x of special) for (const y of special) values.push(x, y);
    expect(mismatches(values, 'vectorLogProbe', kernel.libmLog)).toEqual([]);
  });
});

describe('two-lane exp', () => {
  it('equals Math.exp of the kernel for any pair of doubles', () => {
    // Half the values where the kernel's exps lie, so that most pairs take the two-lane path.
    fc.assert(fc.property(fc.array(fc.oneof(anyDouble, fc.double({ min: -40, max: 40, noNaN: true })), { minLength: 2, maxLength: 64 }), (values) => {
      expect(mismatches(values, 'vectorExpProbe', kernel.libmExp)).toEqual([]);
    }));
  });

  it('equals it over the ranges the kernel takes exps of, and at the edges of its path', () => {
    const edges = [2 ** -54, -(2 ** -54), 2 ** -55, 511.99999999999994, 512, -511.99999999999994, -512, 709.78, -745.1, 1e-300];
    const values: number[] = [...special, ...edges];
    for (let k = 0; k < 20000; k++) values.push(0.7 + (k / 20000) * 1.0, (k / 20000 - 0.5) * 80, (k - 10000) * 1e-3);
    for (const x of [...special, ...edges]) for (const y of special) values.push(x, y);
    expect(mismatches(values, 'vectorExpProbe', kernel.libmExp)).toEqual([]);
  });
});

describe('two-lane expm1', () => {
  it('equals Math.expm1 of the kernel for any pair of doubles', () => {
    fc.assert(fc.property(fc.array(anyDouble, { minLength: 2, maxLength: 64 }), (values) => {
      expect(mismatches(values, 'vectorExpm1Probe', kernel.libmExpm1)).toEqual([]);
    }));
  });

  it('equals it on its no-reduction path and around its edges', () => {
    const values: number[] = [...special, 0.34657359027997264, -0.34657359027997264, 0.3466, -0.3466, 2 ** -54, -(2 ** -54), 2 ** -55];
    for (let k = 0; k < 40000; k++) values.push(-((k / 40000) * 4) / 15.4, (k / 40000 - 0.5) * 0.7, (k - 20000) * 1e-19);
    expect(mismatches(values, 'vectorExpm1Probe', kernel.libmExpm1)).toEqual([]);
  });
});
