// The fan chart's order statistics (packages/sim/src/engine/kernel-trajectory-order-statistics.ts): for one series of
// the trajectory records (packages/sim/src/summary/trajectory-records.ts), each year's value of every member
// record, then the values of a few ranks among them. TypeScript takes the R-7 quantiles and their exp from
// these, so the kernel only orders numbers, which any correct selection does alike: the years' values are
// the records' own sums in the same operations and order as `pathsYearByYear`, and the k-th smallest of them
// is the one value it is (up to the sign of a zero, whose exp is 1 either way).
//
// Works on memory TypeScript lays out for the call (no init, no plan): the records (f64), the members (i32
// record numbers), the ranks (i32, increasing, distinct, below the member count), the output (f64, one row
// of ranks per year) and a scratch area of trajectoryScratchBytes(members).

/** Ranks one call takes at most (the fan chart's 7 levels need 14). */
const MAX_RANKS: i32 = 64;
/** Values per bucket on average: a rank's bucket then holds a few dozen values to select among. */
const VALUES_PER_BUCKET: i32 = 8;

/** Per rank of a call: its bucket's slot, and its rank among its bucket's values. */
const rankSlotAt: usize = memory.data(MAX_RANKS << 2, 16);
const rankLocalAt: usize = memory.data(MAX_RANKS << 2, 16);
/** Per slot (a bucket that holds a rank): where its values start in `held`, and where the next goes. */
const slotStartAt: usize = memory.data(MAX_RANKS << 2, 16);
const slotFillAt: usize = memory.data(MAX_RANKS << 2, 16);

@inline function bucketCount(n: i32): i32 {
  return max(1, n / VALUES_PER_BUCKET);
}

@inline function align16(bytes: usize): usize {
  return (bytes + 15) & ~(<usize>15);
}

/** Bytes of scratch a call over `n` members needs. */
export function trajectoryScratchBytes(n: i32): usize {
  const values = align16(<usize>n << 3);
  const words = align16(<usize>n << 2);
  const buckets = align16(<usize>(bucketCount(n) + 1) << 2);
  // values, held, from, passed (f64); segment (i32); counts, slotOf (i32 per bucket).
  return 4 * values + words + 2 * buckets;
}

/**
 * Each year's order statistics of series `seriesF64` (its first f64 in a record: 1 + series · seriesWidth)
 * over the records `membersAt[0, n)` (record k at recordsAt + k · recordF64 f64), years startYear … startYear +
 * years − 1: out[y · rankCount + r] is the ranks[r]-th smallest value of year y. Returns 0, or 1 when a year's
 * values are not all finite or the call asks for more than MAX_RANKS ranks (the caller then selects another way).
 */
export function trajectoryOrderStatistics(
  recordsAt: usize, recordF64: i32, seriesF64: i32, membersAt: usize, n: i32, startYear: f64, years: i32,
  ranksAt: usize, rankCount: i32, outAt: usize, scratchAt: usize,
): i32 {
  if (rankCount > MAX_RANKS || n <= 0) return 1;
  const count = <usize>n;
  const valuesAt = scratchAt;
  const heldAt = valuesAt + align16(count << 3);
  const fromAt = heldAt + align16(count << 3);
  const passedAt = fromAt + align16(count << 3);
  const segmentAt = passedAt + align16(count << 3);
  const countsAt = segmentAt + align16(count << 2);
  const slotOfAt = countsAt + align16(<usize>(bucketCount(n) + 1) << 2);
  // One segment for every member: its value is ln0 + scale · (0 + rate · span), as pathsYearByYear's flat case.
  let oneSegment = true;
  for (let k: usize = 0; k < count; k++) {
    const a = seriesAt(recordsAt, recordF64, seriesF64, membersAt, k);
    if (load<f64>(a, 16) != 1) oneSegment = false;
    store<f64>(fromAt + (k << 3), startYear);
    store<f64>(passedAt + (k << 3), 0);
    store<i32>(segmentAt + (k << 2), 0);
  }
  for (let y = 0; y < years; y++) {
    if (oneSegment) oneSegmentValues(recordsAt, recordF64, seriesF64, membersAt, count, startYear, y, valuesAt);
    else segmentedValues(recordsAt, recordF64, seriesF64, membersAt, count, startYear + <f64>y, valuesAt, fromAt, passedAt, segmentAt);
    if (!orderStatistics(valuesAt, n, ranksAt, rankCount, outAt + (<usize>(y * rankCount) << 3), heldAt, countsAt, slotOfAt)) return 1;
  }
  return 0;
}

/** Byte address of member k's series in the records. */
@inline function seriesAt(recordsAt: usize, recordF64: i32, seriesF64: i32, membersAt: usize, k: usize): usize {
  const record = load<i32>(membersAt + (k << 2));
  return recordsAt + ((<usize>record * <usize>recordF64 + <usize>seriesF64) << 3);
}

/** Year startYear + y of every member whose schedule is one segment (trajectory-records.ts oneSegmentYears). */
function oneSegmentValues(recordsAt: usize, recordF64: i32, seriesF64: i32, membersAt: usize, count: usize, startYear: f64, y: i32, out: usize): void {
  const span = startYear + <f64>y - startYear;
  for (let k: usize = 0; k < count; k++) {
    const a = seriesAt(recordsAt, recordF64, seriesF64, membersAt, k);
    const ln0 = load<f64>(a);
    const scale = load<f64>(a, 8);
    store<f64>(out + (k << 3), span > 0 ? ln0 + scale * (0 + load<f64>(a, 24) * span) : ln0 + scale * 0);
  }
}

/**
 * Year `year` of every member, schedules of any segments (trajectory-records.ts segmentedYears): per member
 * its next segment, where it starts and the sum before it, carried from the year before.
 */
function segmentedValues(recordsAt: usize, recordF64: i32, seriesF64: i32, membersAt: usize, count: usize, year: f64, out: usize, fromAt: usize, passedAt: usize, segmentAt: usize): void {
  for (let k: usize = 0; k < count; k++) {
    const a = seriesAt(recordsAt, recordF64, seriesF64, membersAt, k);
    const segments = load<f64>(a, 16);
    const breaksAt = a + 24 + (<usize>(<i32>segments) << 3);
    let s = load<i32>(segmentAt + (k << 2));
    let from = load<f64>(fromAt + (k << 3));
    let passed = load<f64>(passedAt + (k << 3));
    // Segments ending at or before `year` add the same for every year from here on.
    while (<f64>s < segments - 1 && load<f64>(breaksAt + (<usize>s << 3)) <= year) {
      const to = load<f64>(breaksAt + (<usize>s << 3));
      if (to > from) {
        passed += load<f64>(a + 24 + (<usize>s << 3)) * (to - from);
        from = to;
      }
      s++;
    }
    store<i32>(segmentAt + (k << 2), s);
    store<f64>(fromAt + (k << 3), from);
    store<f64>(passedAt + (k << 3), passed);
    // The segment `year` falls in adds its part up to `year`.
    let total = passed;
    if (<f64>s < segments && from < year) total += load<f64>(a + 24 + (<usize>s << 3)) * (year - from);
    store<f64>(out + (k << 3), load<f64>(a) + load<f64>(a, 8) * total);
  }
}

/**
 * The ranks' values among values[0, n) into out (false when one is not finite). A histogram over equal-width
 * buckets of [min, max], the values of the buckets that hold a rank gathered, then each rank selected among its
 * bucket's values: the bucket of x, ⌊(x − min) · scale⌋, never decreases as x grows, so the buckets are ordered
 * (packages/sim/src/summary/bucketed-order-statistics.ts, one level deep).
 */
function orderStatistics(valuesAt: usize, n: i32, ranksAt: usize, rankCount: i32, out: usize, heldAt: usize, countsAt: usize, slotOfAt: usize): bool {
  const count = <usize>n;
  let low = Infinity;
  let high = -Infinity;
  for (let i: usize = 0; i < count; i++) {
    const x = load<f64>(valuesAt + (i << 3));
    // x − x is NaN for NaN and ±Infinity alike.
    if (x - x != 0) return false;
    low = x < low ? x : low;
    high = x > high ? x : high;
  }
  if (low == high) {
    for (let r = 0; r < rankCount; r++) store<f64>(out + (<usize>r << 3), low);
    return true;
  }
  const buckets = bucketCount(n);
  const scale = <f64>buckets / (high - low);
  if (!(scale > 0 && scale < Infinity)) {
    // A range too narrow or too wide to divide: every value is one bucket.
    memory.copy(heldAt, valuesAt, count << 3);
    for (let r = 0; r < rankCount; r++) store<f64>(out + (<usize>r << 3), select(heldAt, load<i32>(ranksAt + (<usize>r << 2)), 0, n - 1));
    return true;
  }
  const last = buckets - 1;
  memory.fill(countsAt, 0, <usize>buckets << 2);
  memory.fill(slotOfAt, 0, <usize>buckets << 2);
  for (let i: usize = 0; i < count; i++) {
    const at = countsAt + (<usize>min(<i32>((load<f64>(valuesAt + (i << 3)) - low) * scale), last) << 2);
    store<i32>(at, load<i32>(at) + 1);
  }
  // Each rank's bucket; each bucket holding one gets a slot (1, 2, …) and a place in `held`.
  let before = 0;
  let bucket = 0;
  let slots = 0;
  let heldEnd = 0;
  for (let r = 0; r < rankCount; r++) {
    const rank = load<i32>(ranksAt + (<usize>r << 2));
    while (before + load<i32>(countsAt + (<usize>bucket << 2)) <= rank) {
      before += load<i32>(countsAt + (<usize>bucket << 2));
      bucket++;
    }
    let slot = load<i32>(slotOfAt + (<usize>bucket << 2));
    if (slot == 0) {
      slot = ++slots;
      store<i32>(slotOfAt + (<usize>bucket << 2), slot);
      store<i32>(slotStartAt + (<usize>(slot - 1) << 2), heldEnd);
      store<i32>(slotFillAt + (<usize>(slot - 1) << 2), heldEnd);
      heldEnd += load<i32>(countsAt + (<usize>bucket << 2));
    }
    store<i32>(rankSlotAt + (<usize>r << 2), slot);
    store<i32>(rankLocalAt + (<usize>r << 2), rank - before);
  }
  for (let i: usize = 0; i < count; i++) {
    const x = load<f64>(valuesAt + (i << 3));
    const slot = load<i32>(slotOfAt + (<usize>min(<i32>((x - low) * scale), last) << 2));
    if (slot != 0) {
      const fill = slotFillAt + (<usize>(slot - 1) << 2);
      const at = load<i32>(fill);
      store<f64>(heldAt + (<usize>at << 3), x);
      store<i32>(fill, at + 1);
    }
  }
  for (let r = 0; r < rankCount; r++) {
    const slot = load<i32>(rankSlotAt + (<usize>r << 2)) - 1;
    const start = load<i32>(slotStartAt + (<usize>slot << 2));
    const end = load<i32>(slotFillAt + (<usize>slot << 2));
    store<f64>(out + (<usize>r << 3), select(heldAt, start + load<i32>(rankLocalAt + (<usize>r << 2)), start, end - 1));
  }
  return true;
}

/** The k-th smallest of values[left, right] (quickselect, Hoare's partition around a median of three); reorders them. */
function select(valuesAt: usize, k: i32, left: i32, right: i32): f64 {
  while (right > left) {
    const middle = (left + right) >>> 1;
    const pivot = median3(at(valuesAt, left), at(valuesAt, middle), at(valuesAt, right));
    let i = left;
    let j = right;
    while (i <= j) {
      while (at(valuesAt, i) < pivot) i++;
      while (at(valuesAt, j) > pivot) j--;
      if (i <= j) {
        const t = at(valuesAt, i);
        store<f64>(valuesAt + (<usize>i << 3), at(valuesAt, j));
        store<f64>(valuesAt + (<usize>j << 3), t);
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else break;
  }
  return at(valuesAt, k);
}

@inline function at(valuesAt: usize, i: i32): f64 {
  return load<f64>(valuesAt + (<usize>i << 3));
}

@inline function median3(a: f64, b: f64, c: f64): f64 {
  return a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
}
