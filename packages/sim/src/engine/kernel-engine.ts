import type { Plan } from '../model/plan.js';
import { zigguratTables } from '../random/normal-ziggurat.js';
import type { SummarySections, SweepSummary } from '../summary/sweep-summary.js';
import { SENSITIVITY_BINS, SENSITIVITY_SAMPLES, SENSITIVITY_YEAR_SCALE, foldSensitivityBlock } from '../summary/sensitivity-accumulator.js';
import { BLOCK_SIZE, type Engine } from './engine.js';
import { ReferenceEngine } from './reference-engine.js';
import { encodePlan } from './encode-plan.js';
import { BLOCK_LANES, OVERRIDE_BYTES, SENSITIVITY_INPUT_FIELDS, kernelMemoryLayout, type KernelMemoryLayout } from './kernel-memory.js';
import type { SlotOverride } from '../model/slot-override.js';
import { checkKernelStatus } from './kernel-status.js';
import { instantiateWasm, type WasmMemory, type WasmModule } from './wasm-api.js';
import type { DesignInput } from './design-inputs.js';
import { pickFreezeSums, type PickFreezeSums } from '../summary/pick-freeze.js';

/** The kernel module's exports (packages/core-wasm/assembly/index.ts). */
interface KernelExports {
  readonly memory: WasmMemory;
  heapBase(): number;
  planFormatVersion(): number;
  init(seed: number, layoutAt: number): number;
  runBlock(firstSample: number, count: number): number;
  setOverrides(count: number): number;
  sampleYears(firstSample: number, count: number): number;
  setSections(inputs: number, sensitivityBins: number, yearScale: number, sensitivitySamples: number): void;
  designYears(firstA: number, firstB: number, count: number, inputs: number): number;
  designEventSums(count: number, inputs: number): number;
}

/** Options of the kernel engine: the optional summary sections it lays out memory for (none by default). */
export interface KernelEngineOptions {
  /** Samples the per-sample-years test hook handles per kernel call (its memory region's size); default 4096. */
  readonly yearsCapacity?: number;
  /**
   * The summary sections runBlock will be given (trajectories, sensitivity inputs); their accumulators are
   * laid out in kernel memory up front. Default: none; a summary with a section not named here is refused.
   */
  readonly sections?: SummarySections;
  /** The inputs of a pick-freeze design whose years `designYears` computes (engine/design-inputs.ts); default: none. */
  readonly design?: readonly DesignInput[];
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
  private readonly sections: SummarySections;
  /** View of the sensitivity section's kernel accumulators (empty when off). */
  private readonly sensitivityArrays: Float64Array;
  /**
   * Records the trajectory paths (first TRAJECTORY_SAMPLES samples): they are a few thousand samples of
   * ln-linear pieces, so the reference engine, which agrees with the kernel sample by sample, records them.
   */
  private readonly paths: ReferenceEngine | undefined;
  private readonly design: readonly DesignInput[] | undefined;
  /** View of the design's years, (2 + design inputs) × stocks columns of BLOCK_LANES (empty without a design). */
  private readonly designYearsView: Float64Array;

  constructor(module: WasmModule, plan: Plan, seed: number, options: KernelEngineOptions = {}) {
    this.kernel = instantiateWasm(module) as KernelExports;
    const encoded = encodePlan(plan);
    this.stockCount = plan.stocks.length;
    this.sections = options.sections ?? {};
    const inputs = this.sections.sensitivityInputs ?? [];
    this.paths = this.sections.trajectories ? new ReferenceEngine(plan, seed) : undefined;
    this.layout = kernelMemoryLayout(this.kernel.heapBase(), encoded, options.yearsCapacity ?? 4096, {
      sensitivityInputs: inputs.length,
      sensitivityBins: SENSITIVITY_BINS,
      design: options.design && { inputs: options.design.length, slots: options.design.reduce((n, input) => n + input.slots.length, 0) },
    });
    this.design = options.design;
    const { memory } = this.kernel;
    const missing = this.layout.byteLength - memory.buffer.byteLength;
    if (missing > 0) memory.grow(Math.ceil(missing / WASM_PAGE));
    // Views are made after the growth, which detaches earlier buffers.
    const { buffer } = memory;
    const { layoutAt, addresses, tablesAt, planAt, countsAt, countsPerStock, yearsAt, yearsCapacity } = this.layout;
    new Int32Array(buffer, layoutAt, addresses.length).set(addresses);
    const { x, ratio, f } = zigguratTables;
    const tables = new Float64Array(buffer, tablesAt, x.length + ratio.length + f.length);
    tables.set(x, 0);
    tables.set(ratio, x.length);
    tables.set(f, x.length + ratio.length);
    new Float64Array(buffer, planAt, encoded.length).set(encoded);
    this.counts = new Uint32Array(buffer, countsAt, this.stockCount * countsPerStock);
    this.years = new Float64Array(buffer, yearsAt, yearsCapacity * this.stockCount);
    const { sensitivityAt, sensitivityCells, sensitivityArraysAt } = this.layout;
    this.sensitivityArrays = new Float64Array(buffer, sensitivityArraysAt, sensitivityAt ? 4 * sensitivityCells + 2 * this.stockCount : 0);
    const inputTable = new Float64Array(buffer, sensitivityAt, inputs.length * SENSITIVITY_INPUT_FIELDS);
    // NaN after the edges: never at or below a value, which the kernel's branchless bin search relies on.
    inputTable.fill(NaN);
    inputs.forEach((input, i) => {
      if (input.edges.length > SENSITIVITY_BINS - 1) throw new Error(`sensitivity input ${input.path} has too many bin edges`);
      inputTable.set([input.slot, input.edges.length, ...input.edges], i * SENSITIVITY_INPUT_FIELDS);
    });
    const { design } = this;
    const { designSlotsAt, designYearsAt } = this.layout;
    this.designYearsView = new Float64Array(buffer, designYearsAt, design ? (2 + design.length) * this.stockCount * BLOCK_LANES : 0);
    if (design) {
      // Per input: its first index in the slot list and its slot count; then the list.
      const table = new Int32Array(buffer, designSlotsAt, design.length * 2 + design.reduce((n, input) => n + input.slots.length, 0));
      let listed = 0;
      design.forEach((input, i) => {
        table.set([listed, input.slots.length], 2 * i);
        table.set(input.slots, 2 * design.length + listed);
        listed += input.slots.length;
      });
    }
    checkKernelStatus(this.kernel.init(seed, layoutAt), 'init');
    this.kernel.setSections(inputs.length, SENSITIVITY_BINS, SENSITIVITY_YEAR_SCALE, SENSITIVITY_SAMPLES);
  }

  setOverrides(overrides: readonly SlotOverride[]): void {
    const { overridesAt } = this.layout;
    const table = new Float64Array(this.kernel.memory.buffer, overridesAt, (overrides.length * OVERRIDE_BYTES) / 8);
    overrides.forEach((o, k) => table.set([o.slot, o.op === 'scale' ? 1 : 0, o.value, o.logSpace ? 1 : 0], (k * OVERRIDE_BYTES) / 8));
    checkKernelStatus(this.kernel.setOverrides(overrides.length), 'setOverrides');
    this.paths?.setOverrides(overrides);
  }

  runBlock(firstSample: number, count: number, summary: SweepSummary): void {
    if ((summary.trajectories !== undefined && !this.sections.trajectories) || (summary.sensitivity !== undefined && !this.sections.sensitivityInputs)) {
      throw new Error('KernelEngine: the summary has a section the engine was not made with (KernelEngineOptions.sections)');
    }
    // Sensitivity's exact per-block sums are folded at most every BLOCK_SIZE samples, as the reference does;
    // past the section's samples one call takes the rest.
    for (let done = 0; done < count; ) {
      const at = firstSample + done;
      const chunk = summary.sensitivity && at < SENSITIVITY_SAMPLES ? Math.min(BLOCK_SIZE, count - done) : count - done;
      this.runChunk(at, chunk, summary);
      done += chunk;
    }
    summary.samples += count;
  }

  private runChunk(firstSample: number, count: number, summary: SweepSummary): void {
    const { counts, layout } = this;
    counts.fill(0);
    // The kernel writes the sensitivity arrays whole at the end of each runBlock.
    checkKernelStatus(this.kernel.runBlock(firstSample, count), 'runBlock');
    for (let s = 0; s < this.stockCount; s++) {
      const into = summary.stocks[s];
      const at = s * layout.countsPerStock;
      into.already += counts[at];
      into.never += counts[at + 1];
      const bins = into.bins;
      for (let j = 0; j < bins.length; j++) bins[j] += counts[at + 2 + j];
    }
    if (summary.trajectories) this.paths?.recordTrajectories(firstSample, count, summary.trajectories);
    // Past the section's samples the kernel's sums are zeros: nothing to add.
    if (summary.sensitivity && firstSample < SENSITIVITY_SAMPLES) this.addSensitivity(summary.sensitivity);
  }

  private addSensitivity(into: NonNullable<SweepSummary['sensitivity']>): void {
    const cells = this.layout.sensitivityCells;
    const stocks = this.stockCount;
    const from = this.sensitivityArrays;
    const add = (target: Float64Array, offset: number, length: number): void => {
      for (let k = 0; k < length; k++) target[k] += from[offset + k];
    };
    add(into.count, 0, cells);
    add(into.never, cells, cells);
    add(into.blockQ, 2 * cells, cells);
    add(into.blockQ2, 3 * cells, cells);
    add(into.blockTotalQ, 4 * cells, stocks);
    add(into.blockTotalQ2, 4 * cells + stocks, stocks);
    foldSensitivityBlock(into);
  }

  /**
   * The years of the pick-freeze design (engine/design-inputs.ts) over A samples [firstA, firstA + count) and B
   * samples [firstB, firstB + count), count ≤ BLOCK_LANES: at `[(d · stocks + s) · BLOCK_LANES + j]`, design d
   * (0: A, 1: B, 2 + i: A with input i from B), stock s, the block's j-th sample. Drawn and computed as
   * ReferenceEngine's `drawInputs` and `yearsOfValues` (no what-if overrides). A view of kernel memory, valid
   * until the next call.
   */
  designYears(firstA: number, firstB: number, count: number): Float64Array {
    if (!this.design) throw new Error('KernelEngine: designYears needs KernelEngineOptions.design');
    if (!(count >= 0 && count <= BLOCK_LANES)) throw new Error(`KernelEngine: designYears takes at most ${BLOCK_LANES} samples`);
    checkKernelStatus(this.kernel.designYears(firstA, firstB, count, this.design.length), 'designYears');
    return this.designYearsView;
  }

  /**
   * The pick-freeze sums (summary/pick-freeze.ts) of the event "stock s exhausted by byYears[s]" over the
   * design's samples j < samples, A_j = sample firstA + j and B_j = sample firstB + j: the design's years a block
   * at a time (designYears), the kernel adding each block's indicators into its sums as addPickFreezeBlock
   * adds them. Every term is an integer, so the sums are exact: the reference's, term for term.
   */
  designEventSums(firstA: number, firstB: number, samples: number, byYears: readonly number[]): PickFreezeSums {
    const design = this.design;
    if (!design) throw new Error('KernelEngine: designEventSums needs KernelEngineOptions.design');
    const stocks = this.stockCount;
    const cells = stocks * design.length;
    const region = new Float64Array(this.kernel.memory.buffer, this.layout.designSumsAt, stocks * (3 + 4 * design.length));
    region.fill(0);
    region.set(byYears.slice(0, stocks));
    for (let first = 0; first < samples; first += BLOCK_LANES) {
      const n = Math.min(BLOCK_LANES, samples - first);
      checkKernelStatus(this.kernel.designYears(firstA + first, firstB + first, n, design.length), 'designYears');
      checkKernelStatus(this.kernel.designEventSums(n, design.length), 'designEventSums');
    }
    const sums = pickFreezeSums(design.length, stocks);
    let at = stocks;
    for (const into of [sums.sum, sums.sum2]) {
      into.set(region.subarray(at, at + stocks));
      at += stocks;
    }
    for (const into of [sums.first, sums.first2, sums.total, sums.total2]) {
      into.set(region.subarray(at, at + cells));
      at += cells;
    }
    sums.samples = samples;
    return sums;
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
      checkKernelStatus(this.kernel.sampleYears(firstSample + done, n), 'sampleYears');
      out.set(this.years.subarray(0, n * this.stockCount), done * this.stockCount);
    }
    return out;
  }
}
