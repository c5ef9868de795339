import type { SeriesOrderStatistics } from '../summary/series-order-statistics.js';
import { recordWidth, type TrajectoryRecords } from '../summary/trajectory-records.js';
import { instantiateWasm, type WasmMemory, type WasmModule } from './wasm-api.js';

/** The kernel's exports this module calls (packages/core-wasm/assembly/trajectory-order-statistics.ts). */
interface OrderStatisticsExports {
  readonly memory: WasmMemory;
  heapBase(): number;
  trajectoryScratchBytes(members: number): number;
  trajectoryOrderStatistics(
    recordsAt: number, recordF64: number, seriesF64: number, membersAt: number, members: number, startYear: number, years: number,
    ranksAt: number, rankCount: number, outAt: number, scratchAt: number,
  ): number;
}

const WASM_PAGE = 65536;
const align = (address: number): number => Math.ceil(address / 16) * 16;

/**
 * SeriesOrderStatistics (summary/series-order-statistics.ts) by the WebAssembly kernel: each year's values
 * with the same operations in the same order as pathsYearByYear, then their order statistics, which are the
 * values they are whatever selects them; so the same numbers as TypeScript's, in a fraction of the time and
 * with no JIT to warm (the web app's fan chart takes its quantiles of the years it shows this way, each edit).
 * The kernel declines a series with a value that is not finite (undefined: the caller selects in TypeScript).
 *
 * It runs on an instance of its own per module (no plan, no init), whose memory it lays out per call above
 * the module's static data, every region 16-byte aligned:
 *
 * | region | type | length | meaning |
 * | --- | --- | --- | --- |
 * | records | f64 | recorded × recordWidth | the records' data, written when the records change |
 * | members | i32 | members | the record numbers |
 * | ranks | i32 | ranks | the ranks asked for, increasing |
 * | out | f64 | years × ranks | each year's order statistics |
 * | scratch | bytes | trajectoryScratchBytes(members) | the kernel's own |
 */
export function kernelSeriesOrderStatistics(module: WasmModule): SeriesOrderStatistics {
  let helper = helpers.get(module);
  if (!helper) helpers.set(module, (helper = new OrderStatisticsHelper(module)));
  const kernel = helper;
  return (records, series, members, years, ranks) => kernel.orderStatistics(records, series, members, years, ranks);
}

const helpers = new WeakMap<WasmModule, OrderStatisticsHelper>();

class OrderStatisticsHelper {
  private readonly kernel: OrderStatisticsExports;
  /** The records whose data the records region holds, and how many of them. */
  private written: { readonly data: Float64Array; readonly recorded: number } | undefined;

  constructor(module: WasmModule) {
    this.kernel = instantiateWasm(module) as OrderStatisticsExports;
  }

  orderStatistics(records: TrajectoryRecords, series: number, members: Int32Array, years: number, ranks: readonly number[]): Float64Array | undefined {
    const width = recordWidth(records);
    const recordsAt = align(this.kernel.heapBase());
    const membersAt = align(recordsAt + records.recorded * width * 8);
    const ranksAt = align(membersAt + members.length * 4);
    const outAt = align(ranksAt + ranks.length * 4);
    const scratchAt = align(outAt + years * ranks.length * 8);
    const end = scratchAt + this.kernel.trajectoryScratchBytes(members.length);
    const { memory } = this.kernel;
    if (end > memory.buffer.byteLength) {
      memory.grow(Math.ceil((end - memory.buffer.byteLength) / WASM_PAGE));
      this.written = undefined;
    }
    // Views are made after any growth, which detaches earlier buffers.
    const { buffer } = memory;
    if (this.written?.data !== records.data || this.written.recorded !== records.recorded) {
      new Float64Array(buffer, recordsAt, records.recorded * width).set(records.data.subarray(0, records.recorded * width));
      this.written = { data: records.data, recorded: records.recorded };
    }
    new Int32Array(buffer, membersAt, members.length).set(members);
    new Int32Array(buffer, ranksAt, ranks.length).set(ranks);
    const status = this.kernel.trajectoryOrderStatistics(recordsAt, width, 1 + series * records.seriesWidth, membersAt, members.length, records.startYear, years, ranksAt, ranks.length, outAt, scratchAt);
    return status === 0 ? new Float64Array(buffer, outAt, years * ranks.length).slice() : undefined;
  }
}
