import { placeRanks } from './place-ranks.js';

/**
 * Exact order statistics of a large array in three light passes, for a few ranks at once: the range (min,
 * max), a histogram over equal-width buckets of it, then a copy of the values of the buckets that hold a rank
 * asked for; each rank is then placed among the few values of its bucket (quickselect, place-ranks.ts). The
 * bucket of x, ⌊(x − min)·scale⌋, never decreases as x grows (every step rounds monotonically), so the
 * buckets are ordered and a rank's bucket and its place in it follow from the histogram's running counts.
 * Each pass is a straight loop with no branch a predictor gets wrong often, several times cheaper per value
 * than a quickselect partition, whose comparisons it guesses wrong half the time.
 *
 * Values that spread badly over equal widths (a far outlier) leave a rank's bucket large; it is then bucketed
 * again over its own range, a few times at most before quickselect finishes it. Leaves `values` as it is.
 */

/** Below this many values, quickselect alone is as quick. */
export const BUCKETED_MIN_VALUES = 1024;

/** Values per bucket on average: a bucket of a rank is then a few dozen values, quick to select in. */
const VALUES_PER_BUCKET = 8;

/** Times a rank's bucket is bucketed again before quickselect takes over. */
const MAX_DEPTH = 3;

/**
 * The values of ranks `ranks` (increasing, distinct, in [0, n)) of values[0, n): out[k] is the ranks[k]-th
 * smallest. Undefined when a value is NaN or infinite, or the range is too wide or narrow to divide (the
 * caller then selects another way). `depth`: how many times the values were bucketed already.
 */
export function bucketedOrderStatistics(values: Float64Array, n: number, ranks: readonly number[], depth = 0): Float64Array | undefined {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    // Math.min/max propagate a NaN, so one check after the loop finds any.
    min = Math.min(min, values[i]);
    max = Math.max(max, values[i]);
  }
  if (!Number.isFinite(min) || !Number.isFinite(max)) return undefined;
  const out = new Float64Array(ranks.length);
  if (min === max) return out.fill(min);

  const buckets = Math.max(1, Math.floor(n / VALUES_PER_BUCKET));
  // (x − min)·scale is in [0, buckets] (a range too wide or too narrow for doubles is left to the caller), so
  // `| 0` floors it. x = max may land on `buckets`, which is counted in the last bucket.
  const scale = buckets / (max - min);
  if (!(scale > 0 && scale < Infinity)) return undefined;
  const counts = new Int32Array(buckets + 1);
  for (let i = 0; i < n; i++) counts[((values[i] - min) * scale) | 0]++;
  counts[buckets - 1] += counts[buckets];

  // Each rank's bucket, its first rank, and a slot for the bucket's values (slot 0: every other bucket).
  const slotOf = new Int32Array(buckets + 1);
  const starts = [0];
  const bucketFirst: number[] = [];
  const rankSlot = new Int32Array(ranks.length);
  let before = 0;
  let bucket = 0;
  for (let k = 0; k < ranks.length; k++) {
    while (before + counts[bucket] <= ranks[k]) before += counts[bucket++];
    if (slotOf[bucket] === 0) {
      slotOf[bucket] = starts.length;
      bucketFirst.push(before);
      starts.push(starts[starts.length - 1] + counts[bucket]);
    }
    rankSlot[k] = slotOf[bucket];
  }
  slotOf[buckets] = slotOf[buckets - 1];

  // Slot s's values go to held[starts[s − 1], starts[s]). Few values are in a slot, so the branch is cheap.
  const fill = Int32Array.from(starts);
  const held = new Float64Array(starts[starts.length - 1]);
  for (let i = 0; i < n; i++) {
    const x = values[i];
    const s = slotOf[((x - min) * scale) | 0];
    if (s !== 0) held[fill[s - 1]++] = x;
  }

  for (let s = 1; s < starts.length; s++) {
    const part = held.subarray(starts[s - 1], starts[s]);
    const first = bucketFirst[s - 1];
    const local: number[] = [];
    const at: number[] = [];
    ranks.forEach((rank, k) => {
      if (rankSlot[k] === s) {
        local.push(rank - first);
        at.push(k);
      }
    });
    const placed = part.length >= BUCKETED_MIN_VALUES && depth < MAX_DEPTH ? bucketedOrderStatistics(part, part.length, local, depth + 1) : undefined;
    if (placed) placed.forEach((value, j) => (out[at[j]] = value));
    else {
      placeRanks(part, local, 0, part.length - 1);
      local.forEach((rank, j) => (out[at[j]] = part[rank]));
    }
  }
  return out;
}
