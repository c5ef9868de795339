import { QUANTILE_LEVELS, type QuantileKey, type SweepResult } from '@horizon/sim';
import { percentLabel } from '../charts/chart-frame.js';
import { seriesColour } from '../charts/palette.js';
import { element } from './dom.js';

/**
 * The answer as numbers: every stock's exhaustion-year quantiles, P(already) and P(never by the horizon),
 * captioned with the scenario, sample count and seed. Names are set as text.
 */
export function renderResultTable(table: HTMLTableElement, result: SweepResult, final: boolean): void {
  const keys = Object.keys(QUANTILE_LEVELS) as QuantileKey[];
  const caption = element('caption');
  const samples = result.samples.toLocaleString('en-US');
  caption.textContent = `${result.scenario} · ${samples} samples${final ? '' : ' so far'} · seed ${result.seed} · exhaustion year of each stock`;
  const head = element('thead');
  const headRow = element('tr');
  headRow.append(element('th', undefined, 'Stock'));
  for (const key of keys) headRow.append(element('th', key === 'p50' ? 'num median' : 'num', key === 'p50' ? 'median' : key));
  const already = element('th', 'num', 'P(already)');
  already.title = `P(the stock is already exhausted in ${result.startYear})`;
  const never = element('th', 'num', 'P(never)');
  never.title = `P(not exhausted by the horizon, ${result.horizonYear})`;
  never.append(element('span', 'sub', `by ${result.horizonYear}`));
  headRow.append(already, never);
  for (const th of headRow.children) th.setAttribute('scope', 'col');
  head.append(headRow);
  const body = element('tbody');
  Object.entries(result.stocks).forEach(([name, stock], k) => {
    const row = element('tr');
    const nameCell = element('th');
    nameCell.setAttribute('scope', 'row');
    const key = element('span', 'swatch');
    key.style.background = seriesColour(k);
    nameCell.append(key, element('bdi', undefined, name));
    row.append(nameCell);
    for (const q of keys) {
      const year = stock.quantiles[q];
      row.append(element('td', q === 'p50' ? 'num median' : 'num', year === null ? 'never' : year.toFixed(2)));
    }
    row.append(element('td', 'num', percentLabel(stock.pAlready)), element('td', 'num', percentLabel(stock.pNever)));
    body.append(row);
  });
  table.replaceChildren(caption, head, body);
}
