import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { CdfData } from '../cdf-series.js';
import { styleScale, type ChartStyle } from '../chart-style.js';

/** Rough width of a character of 11 px system-ui text, to keep labels inside the chart. */
const CHAR_WIDTH = 6.2;

/** Where the CDF chart's parts go: the median strip above the plot, the never panel at its right. */
export interface CdfLayout {
  /** Multiplier on lengths laid out for 12 px text. */
  readonly k: number;
  readonly width: number;
  readonly height: number;
  readonly narrow: boolean;
  /** Height of one stock's row in the median strip. */
  readonly row: number;
  readonly charWidth: number;
  readonly top: number;
  readonly plotHeight: number;
  /** The plot's left and right edges. */
  readonly x0: number;
  readonly x1: number;
  readonly neverWidth: number;
  readonly x: ScaleLinear<number, number>;
  readonly y: ScaleLinear<number, number>;
  readonly style: ChartStyle;
}

/** The CDF chart's layout for `width` pixels (or points) and a text style. */
export function cdfLayout(data: CdfData, width: number, style: ChartStyle): CdfLayout {
  const k = styleScale(style);
  const row = 16 * k;
  const stocks = data.series.length;
  const narrow = width < 520 * k;
  const margin = { top: 26 * k + stocks * row + 10 * k, right: (narrow ? 84 : 104) * k, bottom: 46 * k, left: 52 * k };
  const plotHeight = (narrow ? 220 : 280) * k;
  const x0 = margin.left;
  const x1 = width - margin.right;
  return {
    k,
    width,
    height: margin.top + plotHeight + margin.bottom,
    narrow,
    row,
    charWidth: CHAR_WIDTH * (style.small / 11),
    top: margin.top,
    plotHeight,
    x0,
    x1,
    neverWidth: margin.right - 26 * k,
    x: scaleLinear().domain([data.startYear, data.axisEndYear]).range([x0, x1]),
    y: scaleLinear().domain([0, 1]).range([margin.top + plotHeight, margin.top]),
    style,
  };
}
