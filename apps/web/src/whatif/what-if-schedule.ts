import { BLOCK_SIZE } from '@horizon/sim';

/** Samples per point of the coarse pass: enough for a readable median, few enough that every point is back within a frame or two. */
export const COARSE_SAMPLES = 2048;

/** One unit of what-if work: samples [first, first + count) of one point of the grid. */
export interface PointBlock {
  readonly point: number;
  readonly first: number;
  readonly count: number;
}

/**
 * The order a what-if grid is computed in, coarse to fine: first samples [0, COARSE_SAMPLES) of every point
 * (a whole curve at once), then the rest of each point in BLOCK_SIZE blocks, point by point. A point's blocks
 * cover [0, samples) exactly once, and a summary is the sum of its blocks' counts, so a point's final summary
 * is the one the CLI computes in one pass.
 */
export function whatIfSchedule(points: number, samples: number, coarse = COARSE_SAMPLES): PointBlock[] {
  const head = Math.min(coarse, samples);
  const blocks: PointBlock[] = [];
  for (let point = 0; point < points; point++) blocks.push({ point, first: 0, count: head });
  for (let point = 0; point < points; point++) {
    for (let first = head; first < samples; first += BLOCK_SIZE) blocks.push({ point, first, count: Math.min(BLOCK_SIZE, samples - first) });
  }
  return blocks;
}

/**
 * How many schedule entries from `next` one message takes: during the coarse pass (entries [0, coarse)) an
 * equal share of what is left of it for each idle worker, so the whole first curve goes out at once; after it,
 * one block per message, so an edit cancels the sweep within one block.
 */
export function coarseBatchSize(next: number, coarse: number, idleWorkers: number): number {
  if (next >= coarse) return 1;
  return Math.ceil((coarse - next) / Math.max(1, idleWorkers));
}
