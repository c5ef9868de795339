import { select, type Selection } from 'd3-selection';
import { FONT, GRID, INK, MUTED_INK } from './palette.js';
import { SCREEN_STYLE, type ChartStyle } from './chart-style.js';

export type Svg = Selection<SVGSVGElement, unknown, null, undefined>;
export type Group = Selection<SVGGElement, unknown, null, undefined>;

/**
 * Clears an SVG and sets its size, white background and font as attributes (not page CSS), so the element
 * exports to a standalone SVG or PNG that looks the same as on the page.
 */
export function resetSvg(element: SVGSVGElement, width: number, height: number, title: string, style: ChartStyle = SCREEN_STYLE): Svg {
  const svg = select(element);
  svg.selectAll('*').remove();
  svg
    .attr('xmlns', 'http://www.w3.org/2000/svg')
    .attr('width', width)
    .attr('height', height)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('font-family', FONT)
    .attr('font-size', style.fontSize)
    .attr('fill', INK)
    .attr('role', 'img')
    .attr('aria-label', title);
  svg.append('title').text(title);
  svg.append('rect').attr('width', width).attr('height', height).attr('fill', '#ffffff');
  return svg;
}

/** Styles a d3-axis group for print: thin ink lines, muted tick labels. */
export function styleAxis(axis: Group, style: ChartStyle = SCREEN_STYLE): void {
  axis.attr('font-family', FONT).attr('font-size', style.small);
  axis.select('.domain').attr('stroke', INK);
  axis.selectAll('.tick line').attr('stroke', INK);
  axis.selectAll('.tick text').attr('fill', MUTED_INK);
}

/** Light horizontal grid lines at the given y positions across [x0, x1]. */
export function gridLines(group: Group, ys: readonly number[], x0: number, x1: number): void {
  group
    .selectAll('line.grid')
    .data(ys)
    .join('line')
    .attr('class', 'grid')
    .attr('x1', x0)
    .attr('x2', x1)
    .attr('y1', (y) => y)
    .attr('y2', (y) => y)
    .attr('stroke', GRID);
}

/** An axis title. */
export function axisTitle(group: Group, text: string, x: number, y: number, style: ChartStyle = SCREEN_STYLE, rotate = false): void {
  group
    .append('text')
    .attr('x', rotate ? 0 : x)
    .attr('y', rotate ? 0 : y)
    .attr('transform', rotate ? `translate(${x},${y}) rotate(-90)` : null)
    .attr('text-anchor', 'middle')
    .attr('font-size', style.fontSize)
    .attr('fill', INK)
    .text(text);
}

/** Formats a year for labels: one decimal, or "never". */
export function yearLabel(year: number | null): string {
  return year === null ? 'never' : year.toFixed(1);
}

/** Formats a probability as a percentage a reader can compare: 0%, <0.1%, 12.3%. */
export function percentLabel(p: number): string {
  if (p === 0) return '0%';
  if (p < 0.001) return '<0.1%';
  if (p > 0.999 && p < 1) return '>99.9%';
  return `${(p * 100).toFixed(1)}%`;
}
