/**
 * Whole-year ticks for a year axis over [from, to]: about `count` of them at a step of 1, 2, 5, 10, 20 or 50
 * years, so a short span never shows "2024 2024 2025" (d3's fractional ticks formatted as integers).
 */
export function yearTicks(from: number, to: number, count: number): number[] {
  const span = Math.max(1, to - from);
  const step = [1, 2, 5, 10, 20, 50, 100].find((s) => span / s <= Math.max(1, count)) ?? 100;
  const ticks: number[] = [];
  for (let year = Math.ceil(from / step) * step; year <= to + 1e-9; year += step) ticks.push(year);
  return ticks;
}
