/**
 * Sample quantiles by the R-7 rule (linear interpolation between order statistics, numpy's and d3's
 * default: h = (n − 1)·p, x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋])), exact, without a full sort: the order
 * statistics needed are placed by quickselect, the middle one first and then each side's in its own part,
 * so k of them cost O(n log k) on average. Reorders `values[0, n)` in place.
 */
export function selectQuantiles(values: Float64Array, n: number, ps: readonly number[]): number[] {
  if (n === 0) return ps.map(() => NaN);
  const ranks = new Set<number>();
  for (const p of ps) {
    const lo = Math.floor((n - 1) * p);
    ranks.add(lo);
    if (lo + 1 < n) ranks.add(lo + 1);
  }
  multiSelect(values, [...ranks].sort((a, b) => a - b), 0, n - 1);
  return ps.map((p) => {
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    return h > lo ? values[lo] + (h - lo) * (values[lo + 1] - values[lo]) : values[lo];
  });
}

/** Places every rank of `ranks` (increasing, inside [left, right]): the middle one first, then each side's. */
function multiSelect(values: Float64Array, ranks: readonly number[], left: number, right: number): void {
  if (ranks.length === 0) return;
  const middle = ranks.length >> 1;
  const k = ranks[middle];
  select(values, k, left, right);
  multiSelect(values, ranks.slice(0, middle), left, k - 1);
  multiSelect(values, ranks.slice(middle + 1), k + 1, right);
}

/** Puts the k-th smallest of values[left, right] at k, smaller ones before it and larger after (Hoare, median of three). */
function select(values: Float64Array, k: number, left: number, right: number): void {
  while (right > left) {
    const middle = (left + right) >>> 1;
    const pivot = median3(values[left], values[middle], values[right]);
    let i = left;
    let j = right;
    while (i <= j) {
      while (values[i] < pivot) i++;
      while (values[j] > pivot) j--;
      if (i <= j) {
        const t = values[i];
        values[i] = values[j];
        values[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
}

function median3(a: number, b: number, c: number): number {
  return a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
}
