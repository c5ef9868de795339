import type { Plan } from '../model/plan.js';
import { zigguratTables } from '../random/normal-ziggurat.js';
import type { SweepSummary } from '../summary/sweep-summary.js';
import type { Engine } from './engine.js';
import { encodePlan } from './encode-plan.js';
import { kernelMemoryLayout, type KernelMemoryLayout } from './kernel-memory.js';
import { checkKernelStatus } from './kernel-status.js';
import { instantiateWasm, type WasmMemory, type WasmModule } from './wasm-api.js';

/** The kernel module's exports (packages/core-wasm/assembly/index.ts). */
interface KernelExports {
  readonly memory: WasmMemory;
  heapBase(): number;
  planFormatVersion(): number;
  init(seed: number, tablesAt: number, planAt: number, valuesAt: number, programAt: number, countsAt: number): number;
  runBlock(firstSample: number, count: number): number;
  sampleYears(firstSample: number, count: number, outAt: number): number;
}

export interface KernelEngineOptions {
  /** Samples the per-sample-years test hook handles per kernel call (its memory region's size); default 4096. */
  readonly yearsCapacity?: number;
}

const WASM_PAGE = 65536;

/**
 * The WebAssembly engine: the same model as ReferenceEngine, run by packages/core-wasm's kernel. It takes a
 * compiled `WebAssembly.Module` (from bytes or a URL, compiled by the caller, so this package does no IO;
 * a Module also passes to workers by postMessage), instantiates it synchronously, lays out and grows memory
 * once, and writes the ziggurat tables and the encoded plan into it.
 */
export class KernelEngine implements Engine {
  private readonly kernel: KernelExports;
  private readonly layout: KernelMemoryLayout;
  private readonly counts: Uint32Array;
  private readonly years: Float64Array;
  private readonly stockCount: number;

  constructor(module: WasmModule, plan: Plan, seed: number, options: KernelEngineOptions = {}) {
    this.kernel = instantiateWasm(module) as KernelExports;
    const encoded = encodePlan(plan);
    this.stockCount = plan.stocks.length;
    this.layout = kernelMemoryLayout(this.kernel.heapBase(), encoded, options.yearsCapacity ?? 4096);
    const { memory } = this.kernel;
    const missing = this.layout.byteLength - memory.buffer.byteLength;
    if (missing > 0) memory.grow(Math.ceil(missing / WASM_PAGE));
    // Views are made after the growth, which detaches earlier buffers.
    const { buffer } = memory;
    const { tablesAt, planAt, valuesAt, programAt, countsAt, countsPerStock, yearsAt, yearsCapacity } = this.layout;
    const { x, ratio, f } = zigguratTables;
    const tables = new Float64Array(buffer, tablesAt, x.length + ratio.length + f.length);
    tables.set(x, 0);
    tables.set(ratio, x.length);
    tables.set(f, x.length + ratio.length);
    new Float64Array(buffer, planAt, encoded.length).set(encoded);
    this.counts = new Uint32Array(buffer, countsAt, this.stockCount * countsPerStock);
    this.years = new Float64Array(buffer, yearsAt, yearsCapacity * this.stockCount);
    checkKernelStatus(this.kernel.init(seed, tablesAt, planAt, valuesAt, programAt, countsAt), 'init');
  }

  runBlock(firstSample: number, count: number, summary: SweepSummary): void {
    const { counts, layout } = this;
    counts.fill(0);
    checkKernelStatus(this.kernel.runBlock(firstSample, count), 'runBlock');
    for (let s = 0; s < this.stockCount; s++) {
      const into = summary.stocks[s];
      const at = s * layout.countsPerStock;
      into.already += counts[at];
      into.never += counts[at + 1];
      const bins = into.bins;
      for (let j = 0; j < bins.length; j++) bins[j] += counts[at + 2 + j];
    }
    summary.samples += count;
  }

  /**
   * Test hook: the exhaustion year of every stock for samples [firstSample, firstSample + count), sample-major
   * (`out[i · stocks + s]`), as ReferenceEngine.sampleYears gives them one sample at a time.
   */
  sampleYears(firstSample: number, count: number): Float64Array {
    const out = new Float64Array(count * this.stockCount);
    const capacity = this.layout.yearsCapacity;
    for (let done = 0; done < count; done += capacity) {
      const n = Math.min(capacity, count - done);
      checkKernelStatus(this.kernel.sampleYears(firstSample + done, n, this.layout.yearsAt), 'sampleYears');
      out.set(this.years.subarray(0, n * this.stockCount), done * this.stockCount);
    }
    return out;
  }
}
