import { type SweepResult } from '@horizon/sim';
import { DEMAND_MODE_WORDS, type InputSensitivity, type TrajectoriesResult } from '@horizon/sim/internal';
import { percentLabel, yearLabel } from '../charts/chart-frame.js';
import { inputLabel } from '../charts/input-label.js';
import { element } from '../ui/dom.js';

/** The text alternative of a chart: its numbers as a table (names set as text, isolated in <bdi>). */
export function table(caption: string, head: readonly string[], rows: ReadonlyArray<readonly string[]>): HTMLTableElement {
  const out = element('table', 'data-table');
  out.append(element('caption', undefined, caption));
  const headRow = element('tr');
  for (const text of head) {
    const th = element('th', undefined, text);
    th.setAttribute('scope', 'col');
    headRow.append(th);
  }
  const thead = element('thead');
  thead.append(headRow);
  const body = element('tbody');
  for (const row of rows) {
    const tr = element('tr');
    row.forEach((text, k) => {
      const cell = element(k === 0 ? 'th' : 'td', k === 0 ? undefined : 'num');
      if (k === 0) cell.setAttribute('scope', 'row');
      const isolated = element('bdi', undefined, text);
      cell.append(isolated);
      tr.append(cell);
    });
    body.append(tr);
  }
  out.append(thead, body);
  return out;
}

const tokens = (value: number | null) => (value === null ? '–' : value.toExponential(3).replace('e+', 'e'));
const interval = (low: number | null, high: number | null) => `${tokens(low)} – ${tokens(high)}`;

/** P(exhausted by year) per whole year of the axis, per stock. */
export function cdfTable(result: SweepResult, endYear: number): HTMLTableElement {
  const names = Object.keys(result.stocks);
  const years = result.stocks[names[0]].cdf.filter((point) => point.year <= Math.ceil(endYear)).map((point) => point.year);
  return table(
    'P(exhausted by the end of year) for each stock',
    ['Year', ...names],
    years.map((year, y) => [String(year), ...names.map((name) => percentLabel(result.stocks[name].cdf[y].p))]),
  );
}

/** Per year in range: demand and every stock's supply, median and 80% interval, in tokens. */
export function fanTable(fan: TrajectoriesResult, fromYear: number, toYear: number): HTMLTableElement {
  const names = Object.keys(fan.supply);
  const models = fan.demandByModel ?? [];
  const head = ['Year', 'demand median', 'demand 80%', ...models.map((model) => `demand, ${DEMAND_MODE_WORDS[model.mode] ?? model.mode} median`), ...names.flatMap((name) => [`${name} supply median`, `${name} supply 80%`])];
  const rows = fan.years
    .map((year, y) => ({ year, y }))
    .filter(({ year }) => year >= fromYear && year <= toYear)
    .map(({ year, y }) => [
      String(year),
      tokens(fan.demand.p50[y]),
      interval(fan.demand.p10[y], fan.demand.p90[y]),
      ...models.map((model) => tokens(model.bands.p50[y])),
      ...names.flatMap((name) => [tokens(fan.supply[name].p50[y]), interval(fan.supply[name].p10[y], fan.supply[name].p90[y])]),
    ]);
  return table(`Demand and effective supply m·S in tokens, ${fan.samplesUsed.toLocaleString('en-US')} paths`, head, rows);
}

/** Per input: its index and the mean year in its lowest and highest eighths. */
export function tornadoTable(stock: string, rows: readonly InputSensitivity[], stockNames: readonly string[], demandModes: readonly string[]): HTMLTableElement {
  return table(
    `What drives the exhaustion year of ${stock}`,
    ['Input', 'first-order index', 'mean year, lowest eighth', 'mean year, highest eighth'],
    rows.map((row) => [inputLabel(row.input, stockNames, demandModes), row.index.toFixed(4), yearLabel(row.yearIfLow), yearLabel(row.yearIfHigh)]),
  );
}
