import { printStyle, type ChartStyle } from './chart-style.js';
import { FONT, INK, MUTED_INK } from './palette.js';

/** Journal column widths: Nature's single (89 mm), 1.5 (120 mm) and double (183 mm) columns. */
export const FIGURE_WIDTHS_MM = { single: 89, 'one-and-a-half': 120, double: 183 } as const;

export interface FigureOptions {
  /** Printed width in millimetres (20–500). */
  readonly widthMm: number;
  /** Size of every text in points (5–14). */
  readonly fontPt: number;
  /** A title above the chart; empty for none. */
  readonly title: string;
  /** The provenance line under the chart (Horizon version, scenario, samples, seed); empty for none. */
  readonly provenance: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Points per millimetre: 72 pt to the inch, 25.4 mm to the inch. */
export const PT_PER_MM = 72 / 25.4;
/** Average advance of a system-ui character in ems, to wrap the provenance line. */
const CHAR_EM = 0.55;

/**
 * A chart drawn for print: one SVG unit is one point, so text drawn at `fontPt` units is `fontPt` pt on paper;
 * the document's width and height are given in mm. The chart is drawn by `draw` at the width in points, then
 * framed with the optional title above and the provenance line (wrapped to the width) below.
 */
export function figureSvg(draw: (element: SVGSVGElement, width: number, style: ChartStyle) => void, options: FigureOptions): SVGSVGElement {
  const width = options.widthMm * PT_PER_MM;
  const svg = document.createElementNS(SVG_NS, 'svg');
  draw(svg, width, printStyle(options.fontPt));
  svg.removeAttribute('tabindex');
  svg.removeAttribute('aria-describedby');
  const chartHeight = Number(svg.getAttribute('height'));
  const line = options.fontPt * 1.3;
  const top = options.title ? line + options.fontPt * 0.6 : 0;
  const provenanceLines = options.provenance ? wrap(options.provenance, width, options.fontPt) : [];
  const height = chartHeight + top + provenanceLines.length * line + (provenanceLines.length ? options.fontPt * 0.6 : 0);

  const frame = document.createElementNS(SVG_NS, 'g');
  frame.setAttribute('transform', `translate(0,${top})`);
  const background = svg.querySelector(':scope > rect');
  for (const child of [...svg.childNodes]) {
    if (child !== background && child.nodeName !== 'title' && child.nodeName !== 'defs') frame.append(child);
  }
  svg.append(frame);
  background?.setAttribute('height', String(height));
  const text = (content: string, y: number, weight: string, colour: string) => {
    const node = document.createElementNS(SVG_NS, 'text');
    node.setAttribute('x', '2');
    node.setAttribute('y', String(y));
    node.setAttribute('font-size', String(options.fontPt));
    node.setAttribute('font-family', FONT);
    node.setAttribute('font-weight', weight);
    node.setAttribute('fill', colour);
    node.textContent = content;
    svg.append(node);
  };
  if (options.title) text(options.title, options.fontPt * 1.1, '700', INK);
  provenanceLines.forEach((content, k) => text(content, top + chartHeight + options.fontPt * 0.6 + (k + 0.8) * line, '400', MUTED_INK));
  svg.setAttribute('width', `${options.widthMm}mm`);
  svg.setAttribute('height', `${(height / PT_PER_MM).toFixed(2)}mm`);
  svg.setAttribute('viewBox', `0 0 ${width.toFixed(3)} ${height.toFixed(3)}`);
  svg.setAttribute('data-font-pt', String(options.fontPt));
  return svg;
}

/** Splits at " · " so that each line fits `width` points at `fontPt`. */
function wrap(text: string, width: number, fontPt: number): string[] {
  const room = Math.max(10, Math.floor(width / (fontPt * CHAR_EM)));
  const lines: string[] = [];
  let current = '';
  for (const part of text.split(' · ')) {
    const next = current ? `${current} · ${part}` : part;
    if (next.length > room && current) {
      lines.push(current);
      current = part;
    } else current = next;
  }
  if (current) lines.push(current);
  return lines;
}

/** The provenance line of a result: "Horizon 0.1.0 (stream 2) · scenario default sha256:1a2b3c4d… · 1,000,000 samples · seed 42". */
export function provenanceLine(result: { horizon?: { version: string; stream: number }; scenario: string; scenarioDigest?: string; samples: number; seed: number }): string {
  const version = result.horizon ? `Horizon ${result.horizon.version} (stream ${result.horizon.stream})` : 'Horizon';
  const digest = result.scenarioDigest ? ` ${result.scenarioDigest.slice(0, 19)}…` : '';
  return `${version} · scenario ${result.scenario}${digest} · ${result.samples.toLocaleString('en-US')} samples · seed ${result.seed}`;
}
