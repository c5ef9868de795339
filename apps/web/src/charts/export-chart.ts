/** The chart as a standalone SVG document. */
export function svgText(element: SVGSVGElement): string {
  const copy = element.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.removeAttribute('tabindex');
  copy.removeAttribute('aria-describedby');
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(copy) + '\n';
}

/**
 * The chart rendered to a PNG `pixelWidth` pixels wide (its height in proportion), e.g. a figure's width in
 * inches times the chosen dots per inch.
 */
export async function pngBlob(element: SVGSVGElement, pixelWidth: number): Promise<Blob> {
  const [, , width, height] = (element.getAttribute('viewBox') ?? '0 0 1 1').split(/\s+/).map(Number);
  const copy = element.cloneNode(true) as SVGSVGElement;
  // Size the image in pixels, so the browser rasterises it at the target resolution rather than scaling a bitmap.
  const pixelHeight = Math.round((pixelWidth * height) / width);
  copy.setAttribute('width', String(pixelWidth));
  copy.setAttribute('height', String(pixelHeight));
  const url = URL.createObjectURL(new Blob([svgText(copy)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = pixelWidth;
    canvas.height = pixelHeight;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Offers a blob as a file download. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
