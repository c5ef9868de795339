import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SCENARIO_PRESETS } from './presets.js';
import { PRESET_FIGURES } from './preset-figures.js';

const repositoryFile = (path: string): string => fileURLToPath(new URL(`../../../../${path}`, import.meta.url));

/** The table rows of a Markdown page, each as its cells with emphasis and "~" removed. */
function tableRows(markdown: string): string[][] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) => line.slice(1, -1).split('|').map((cell) => cell.replace(/\*\*|~/g, '').trim()));
}

const years = (low: number, high: number, digits?: number) => (digits === undefined ? `${low} – ${high}` : `${low.toFixed(digits)} – ${high.toFixed(digits)}`);

describe('PRESET_FIGURES', () => {
  it('has the figures of every preset and only of presets, with an existing docs page', () => {
    expect(Object.keys(PRESET_FIGURES).sort()).toEqual(Object.keys(SCENARIO_PRESETS).sort());
    for (const [name, figures] of Object.entries(PRESET_FIGURES)) expect(existsSync(repositoryFile(figures.docsPage)), `${name}: ${figures.docsPage}`).toBe(true);
  });

  it.each(Object.entries(PRESET_FIGURES).filter(([, figures]) => figures.docsPage.startsWith('docs/presets/')))(
    'docs/presets/%s.md\'s result table shows the published and reproduced figures of PRESET_FIGURES',
    (name, figures) => {
      const rows = tableRows(readFileSync(repositoryFile(figures.docsPage), 'utf8'));
      const published = rows.find((cells) => cells[0].startsWith('Published'));
      expect(published, `${name}: a "Published" row`).toBeDefined();
      const publishedText = published!.join(' | ');
      const { median, interval, words } = figures.published;
      if (median !== undefined) expect(publishedText).toContain(String(median));
      if (interval) expect(publishedText).toContain(years(interval.low, interval.high));
      if (median === undefined && words) expect(publishedText).toContain(words);
      const reproduced = rows.find((cells) => /^(Reproduced|This preset)/.test(cells[0]));
      expect(reproduced, `${name}: a "Reproduced" or "This preset" row`).toBeDefined();
      const ours = figures.reproduced!;
      if (ours.already) {
        expect(reproduced![1]).toContain(`already in ${ours.median}`);
        return;
      }
      expect(reproduced![1]).toBe(ours.median.toFixed(2));
      if (ours.interval) expect(reproduced![2]).toBe(years(ours.interval.low, ours.interval.high, 2));
    },
  );
});
