import type { SweepResult } from '@horizon/sim';
import { PRESET_FIGURES, presetFacts } from '@horizon/sim/internal';
import { element } from '../ui/dom.js';

/** Where the project's docs live (CITATION.cff `repository-code`). */
const DOCS_BASE = 'https://github.com/horizon-sim/horizon/blob/main/';

/**
 * The sources card: the preset's citation (the scenario's own `"source"`), the figure its paper published
 * and what this run reproduces, with a link to the preset's docs page; for a custom scenario, its `"source"`
 * if it has one. Every string is set as text.
 */
export function renderPresetCard(card: HTMLElement, preset: string | undefined, scenario: { name?: unknown; source?: unknown } | undefined, result: SweepResult | undefined): void {
  const parts: HTMLElement[] = [element('h2', undefined, preset ? `Preset ${preset}` : 'Custom scenario')];
  const source = typeof scenario?.source === 'string' ? scenario.source : '';
  const list = element('dl', 'preset-facts');
  const fact = (term: string, value: string | HTMLElement) => {
    list.append(element('dt', undefined, term));
    const dd = element('dd');
    dd.append(value);
    list.append(dd);
  };
  fact('Source', source || 'none given (add a "source" to the scenario)');
  // Own keys only: a link's preset name is data.
  const figures = preset && Object.hasOwn(PRESET_FIGURES, preset) ? PRESET_FIGURES[preset] : undefined;
  const note = figures && presetFacts(figures);
  if (note) fact('Published', note.published);
  if (result) {
    const [name, stock] = Object.entries(result.stocks)[0];
    const q = stock.quantiles;
    const year = (value: number | null) => (value === null ? 'never' : value.toFixed(2));
    const reproduced = element('span');
    reproduced.append(element('bdi', undefined, name), document.createTextNode(`: median ${year(q.p50)}, 80% ${year(q.p10)}–${year(q.p90)}, 90% ${year(q.p5)}–${year(q.p95)} (${result.samples.toLocaleString('en-US')} samples, seed ${result.seed})`));
    fact('This run', reproduced);
  }
  if (note) fact('Fidelity', note.fidelity);
  parts.push(list);
  if (preset && figures) {
    const link = element('a', undefined, `How ${preset} is built, input by input`);
    link.href = `${DOCS_BASE}${figures.docsPage}`;
    link.rel = 'noopener';
    parts.push(element('p'));
    parts[parts.length - 1].append(link);
  }
  card.replaceChildren(...parts);
}
