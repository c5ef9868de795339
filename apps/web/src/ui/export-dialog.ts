import { downloadBlob, pngBlob, svgText } from '../charts/export-chart.js';
import { figureSvg, type FigureOptions } from '../charts/figure-svg.js';
import type { ChartDraw } from '../answer/chart-drawers.js';
import { byId } from './dom.js';

/** What an export needs from the page at the moment it is asked for. */
export interface ExportSource {
  /** How to draw the chart, or undefined when there is nothing to export yet. */
  drawer(chartId: string): ChartDraw | undefined;
  /** The provenance line of the answer shown. */
  provenance(): string;
  /** The base of the file name. */
  fileName(): string;
}

/**
 * The export dialog: width (journal column presets or custom mm), font size in pt, optional title and
 * provenance line, SVG or PNG at a chosen dpi. The figure is drawn afresh for the chosen size, never scaled.
 */
export function wireExportDialog(source: ExportSource): void {
  const dialog = byId<HTMLDialogElement>('export-dialog');
  const width = byId<HTMLSelectElement>('export-width');
  const custom = byId<HTMLInputElement>('export-custom');
  const format = byId<HTMLSelectElement>('export-format');
  const dpi = byId<HTMLSelectElement>('export-dpi');
  let chartId = '';
  const sync = () => {
    custom.disabled = width.value !== 'custom';
    dpi.disabled = format.value !== 'png';
  };
  width.addEventListener('change', sync);
  format.addEventListener('change', sync);
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-export]')) {
    button.addEventListener('click', () => {
      chartId = button.dataset.export as string;
      sync();
      dialog.showModal();
    });
  }
  dialog.addEventListener('close', async () => {
    if (dialog.returnValue !== 'download') return;
    const draw = source.drawer(chartId);
    if (!draw) return;
    const widthMm = width.value === 'custom' ? clamp(Number(custom.value), 20, 500, 140) : Number(width.value);
    const options: FigureOptions = {
      widthMm,
      fontPt: clamp(Number(byId<HTMLInputElement>('export-font').value), 5, 14, 7),
      title: byId<HTMLInputElement>('export-title-text').value.trim(),
      provenance: byId<HTMLInputElement>('export-provenance').checked ? source.provenance() : '',
    };
    const svg = figureSvg(draw, options);
    const name = `${source.fileName()}-${chartId}-${widthMm}mm`;
    if (format.value === 'svg') downloadBlob(new Blob([svgText(svg)], { type: 'image/svg+xml' }), `${name}.svg`);
    else {
      const dotsPerInch = Number(dpi.value);
      downloadBlob(await pngBlob(svg, Math.round((widthMm / 25.4) * dotsPerInch)), `${name}-${dotsPerInch}dpi.png`);
    }
  });
}

function clamp(value: number, low: number, high: number, fallback: number): number {
  return Number.isFinite(value) ? Math.min(high, Math.max(low, value)) : fallback;
}
