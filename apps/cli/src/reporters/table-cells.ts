/** Cells shared by the tables for people (sweep, --vary, compare). */

/** A year to one decimal, or "never" for a quantile in the never mass. */
export function year(value: number | null): string {
  return value === null ? 'never' : value.toFixed(1);
}

/** A probability as a percentage to one decimal; "<0.1%" for a small non-zero one, so it never reads as 0. */
export function percent(p: number): string {
  if (p === 0) return '0%';
  if (p < 0.001) return '<0.1%';
  return `${(p * 100).toFixed(1)}%`;
}
