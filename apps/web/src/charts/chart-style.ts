/**
 * Text size of a drawing. On the page it is 12 px (labels) and 11 px (ticks, notes); an export for a paper
 * draws in points, one SVG unit a point, with every text at the chosen size, so `small` equals `fontSize`.
 * Margins and row heights scale with `fontSize` / 12, so a smaller font keeps its proportions.
 */
export interface ChartStyle {
  readonly fontSize: number;
  readonly small: number;
}

export const SCREEN_STYLE: ChartStyle = { fontSize: 12, small: 11 };

/** The style of an export at `points` pt text. */
export function printStyle(points: number): ChartStyle {
  return { fontSize: points, small: points };
}

/** Multiplier on lengths laid out for 12 px text. */
export function styleScale(style: ChartStyle): number {
  return style.fontSize / 12;
}
