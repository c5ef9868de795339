/** A row of a tooltip: a coloured key (optional) and text. Text only: names come from untrusted scenarios. */
export interface TooltipRow {
  readonly colour?: string;
  readonly text: string;
}

/**
 * The page's one tooltip, a positioned box filled with text nodes (never HTML), shared by all charts.
 */
export class Tooltip {
  private readonly box: HTMLDivElement;

  constructor(parent: HTMLElement) {
    this.box = document.createElement('div');
    this.box.className = 'tooltip';
    // Not a live region (the page has one, for a run's start and end): a chart read by keyboard points at the
    // tooltip with aria-describedby instead (chart-keys.ts).
    this.box.id = 'chart-tooltip';
    this.box.hidden = true;
    parent.append(this.box);
  }

  /** Shows rows near the page point (clientX, clientY), kept inside the viewport. */
  show(clientX: number, clientY: number, title: string, rows: readonly TooltipRow[]): void {
    const heading = document.createElement('strong');
    heading.textContent = title;
    const lines = rows.map((row) => {
      const line = document.createElement('div');
      if (row.colour) {
        const key = document.createElement('span');
        key.className = 'tooltip-key';
        key.style.background = row.colour;
        line.append(key);
      }
      line.append(document.createTextNode(row.text));
      return line;
    });
    this.box.replaceChildren(heading, ...lines);
    this.box.hidden = false;
    const { width, height } = this.box.getBoundingClientRect();
    const left = Math.min(window.innerWidth - width - 8, clientX + 14);
    const top = clientY + 14 + height > window.innerHeight ? clientY - height - 10 : clientY + 14;
    this.box.style.left = `${Math.max(8, left) + window.scrollX}px`;
    this.box.style.top = `${Math.max(8, top) + window.scrollY}px`;
  }

  hide(): void {
    this.box.hidden = true;
  }
}
