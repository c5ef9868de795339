/**
 * The p-quantile (0 ≤ p ≤ 1) of `values` by linear interpolation between order statistics (Hyndman & Fan
 * 1996, definition 7: R's and numpy's default). NaN when `values` is empty. Does not modify `values`.
 */
export function percentile(values: ArrayLike<number>, p: number): number {
  if (values.length === 0) return NaN;
  const sorted = Float64Array.from(values).sort();
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
}
