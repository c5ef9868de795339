import type { SweepSummary } from '../summary/sweep-summary.js';
import type { SlotOverride } from '../model/slot-override.js';

/**
 * The seam between planning and computing: an engine is made for one (plan, seed) and adds blocks of
 * samples into a summary. Sample i depends only on (seed, i), so any split of [0, samples) into blocks, in
 * any order, on any number of engines, adds up to the same counts.
 */
export interface Engine {
  /** Adds samples [firstSample, firstSample + count) into `summary` and increments `summary.samples`. */
  runBlock(firstSample: number, count: number, summary: SweepSummary): void;
  /**
   * Changes inputs for the blocks that follow, a what-if point (model/slot-override.ts): after each sample's
   * draws, each override sets its slot or scales its draw. An empty list is the scenario as written.
   */
  setOverrides(overrides: readonly SlotOverride[]): void;
}

/** Samples per block: the unit of work handed to a thread and of progress reporting. */
export const BLOCK_SIZE = 1 << 16;
