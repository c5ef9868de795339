/**
 * Places every rank of `ranks` (increasing, distinct, inside [left, right]) of values[left, right]: afterwards
 * values[r] is the r-th smallest for each of them, with smaller values before it and larger after. The middle
 * rank is placed by quickselect, then each side's ranks in their own part, so k ranks cost O(n log k) on
 * average. A rank next to one just placed is the smallest (or largest) of its part, found in one scan: R-7
 * quantiles need ranks in adjacent pairs, and a scan costs a fraction of a selection.
 */
export function placeRanks(values: Float64Array, ranks: readonly number[], left: number, right: number): void {
  if (ranks.length === 0) return;
  const middle = ranks.length >> 1;
  const k = ranks[middle];
  select(values, k, left, right);
  let below = middle;
  if (below > 0 && ranks[below - 1] === k - 1) {
    swap(values, k - 1, largestAt(values, left, k - 1));
    below--;
  }
  let above = middle + 1;
  if (above < ranks.length && ranks[above] === k + 1) {
    swap(values, k + 1, smallestAt(values, k + 1, right));
    above++;
  }
  placeRanks(values, ranks.slice(0, below), left, below < middle ? k - 2 : k - 1);
  placeRanks(values, ranks.slice(above), above > middle + 1 ? k + 2 : k + 1, right);
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
        swap(values, i, j);
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

function smallestAt(values: Float64Array, left: number, right: number): number {
  let at = left;
  for (let i = left + 1; i <= right; i++) if (values[i] < values[at]) at = i;
  return at;
}

function largestAt(values: Float64Array, left: number, right: number): number {
  let at = right;
  for (let i = right - 1; i >= left; i--) if (values[i] > values[at]) at = i;
  return at;
}

function swap(values: Float64Array, i: number, j: number): void {
  const t = values[i];
  values[i] = values[j];
  values[j] = t;
}
