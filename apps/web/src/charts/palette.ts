/**
 * Okabe & Ito's colour-blind-safe palette (Color Universal Design, https://jfly.uni-koeln.de/color/), in an
 * order that keeps neighbouring series distinguishable under deuteranopia and protanopia. Series also differ by
 * dash pattern, so charts read in grey too.
 */
export const SERIES_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#F0E442', '#000000'] as const;

/** Dash patterns paired with the colours (SVG stroke-dasharray). */
export const SERIES_DASHES = ['', '6 3', '2 2', '8 3 2 3', '1 3', '10 4', '4 4', '12 2 2 2'] as const;

/** Demand in the fan chart: black, which is not among the first stocks' colours. */
export const DEMAND_COLOUR = '#1a1a1a';

export const INK = '#1a1a1a';
export const MUTED_INK = '#595959';
export const GRID = '#e3e3e3';
export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export function seriesColour(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length];
}

export function seriesDash(index: number): string {
  return SERIES_DASHES[index % SERIES_DASHES.length];
}
