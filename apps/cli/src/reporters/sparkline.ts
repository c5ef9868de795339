import { BINS_PER_YEAR, type StockCounts } from '@horizon/sim/internal';

const BARS = '▁▂▃▄▅▆▇█';

/**
 * A Unicode sparkline of a stock's exhaustion-year distribution over [fromYear, toYear), `width`
 * characters, each the probability mass of its slice of years scaled to the tallest slice. An empty slice
 * is a space, so gaps show.
 */
export function sparkline(counts: StockCounts, startYear: number, fromYear: number, toYear: number, width: number): string {
  const masses = new Array<number>(width).fill(0);
  const firstBin = Math.round((fromYear - startYear) * BINS_PER_YEAR);
  const lastBin = Math.round((toYear - startYear) * BINS_PER_YEAR);
  const binsPerChar = (lastBin - firstBin) / width;
  for (let j = Math.max(firstBin, 0); j < Math.min(lastBin, counts.bins.length); j++) {
    masses[Math.min(width - 1, Math.floor((j - firstBin) / binsPerChar))] += counts.bins[j];
  }
  if (fromYear <= startYear) masses[0] += counts.already;
  const peak = Math.max(...masses);
  if (peak === 0) return ' '.repeat(width);
  return masses.map((m) => (m === 0 ? ' ' : BARS[Math.min(BARS.length - 1, Math.floor((m / peak) * BARS.length))])).join('');
}
