// The segments of the demand's growth schedule from startYear on, compiled once at init when every sample
// has the same one (a single demand model, fixed break years): each segment's end (already capped at the
// horizon) and its ln-rate column, so the crossing against a one-segment supply (./stock-years.ts) reads no
// plan fields per sample. The operations per sample are exhaustion-year.ts's demandScheduleYear's.

import { columnOf } from './block';
import { lesser } from './exhaustion-year';
import { field, intField } from './plan-access';

/** Segments the compiled table holds; a longer schedule takes the general path. */
const MAX_SEGMENTS: i32 = 32;
/** Per segment: f64 end year, then the ln-rate column's address (as f64 bits' low word, padded to 16 bytes). */
const SEGMENT_BYTES: usize = 16;
const segmentsAt: usize = memory.data(<i32>(<usize>MAX_SEGMENTS * SEGMENT_BYTES), 16);
let compiled = false;

/** Forgets the compiled schedule (init, before deciding whether one applies). */
export function clearDemandSegments(): void {
  compiled = false;
}

/**
 * Compiles the schedule at plan index `demandAt` (n, n − 1 break years, n ln-rate slots) from startYear up to
 * the segment that reaches the horizon; returns whether it fits the table (otherwise nothing is compiled).
 */
export function compileDemandSegments(demandAt: i32, startYear: f64, horizonYear: f64, valuesAt: usize): bool {
  compiled = false;
  const n = intField(demandAt);
  const breaks = n - 1;
  let d = 0;
  while (d < breaks && field(demandAt + 1 + d) <= startYear) d++;
  let k = 0;
  while (true) {
    if (k == MAX_SEGMENTS) return false;
    const end = lesser(d < breaks ? field(demandAt + 1 + d) : Infinity, horizonYear);
    const at = segmentsAt + <usize>k * SEGMENT_BYTES;
    store<f64>(at, end);
    store<i32>(at, <i32>columnOf(valuesAt, intField(demandAt + n + d)), 8);
    k++;
    d++;
    if (end >= horizonYear) break;
  }
  compiled = true;
  return true;
}

/** Whether compileDemandSegments has compiled the (only) demand schedule. */
@inline export function demandSegmentsCompiled(): bool {
  return compiled;
}

/**
 * demandScheduleYear over the compiled segments for the sample at byte offset `lane`: the gap at startYear,
 * the demand rate's scale, the supply's ln rate. Same operations in the same order.
 */
@inline export function compiledScheduleYear(startYear: f64, horizonYear: f64, lnGapAtStart: f64, lane: usize, demandRateScale: f64, supplyRate: f64): f64 {
  if (lnGapAtStart >= 0) return startYear;
  let year = startYear;
  let gap = lnGapAtStart;
  let at = segmentsAt;
  while (true) {
    const segmentEnd = load<f64>(at);
    const slope = demandRateScale * load<f64>(<usize>load<i32>(at, 8) + lane) - supplyRate;
    const gapAtEnd = gap + slope * (segmentEnd - year);
    if (gapAtEnd >= 0) return lesser(year - gap / slope, segmentEnd);
    if (segmentEnd >= horizonYear) return Infinity;
    year = segmentEnd;
    gap = gapAtEnd;
    at += SEGMENT_BYTES;
  }
}
