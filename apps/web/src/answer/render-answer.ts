import { cdfSeries, type CdfData } from '../charts/cdf-series.js';
import { drawCdfChart } from '../charts/cdf-chart.js';
import { drawFanChart, type FanData } from '../charts/fan-chart.js';
import { drawTornadoChart } from '../charts/tornado-chart.js';
import { frontierRuns, type FrontierRun } from '../charts/frontier-runs.js';
import type { Tooltip } from '../charts/tooltip.js';
import { renderResultTable } from '../ui/result-table.js';
import { byId, element } from '../ui/dom.js';
import { demandModes, type Answer } from './answer-of.js';
import { cdfTable, fanTable, tornadoTable } from './data-tables.js';
import { headlineStocks, headlineText } from './headline.js';
import { meanYear } from './mean-year.js';
import { baselineLabel, type Baseline } from '../baseline/baseline.js';
import { drawUnlessSame, forgetDrawn, objectId } from './drawn-key.js';

/** What the reader chose to look at: the tornado's stock and the fan chart's years (null: the default span). */
export interface AnswerView {
  readonly tornadoStock: string | undefined;
  readonly fromYear: number | null;
  readonly toYear: number | null;
  /** A pinned answer drawn as a ghost and compared in the table (src/baseline/). */
  readonly baseline?: Baseline;
}

let runs: FrontierRun[] | undefined;

/** The years the fan chart shows by default: from the first frontier run's year (or startYear) to the CDF's axis end. */
export function defaultFanYears(startYear: number, axisEndYear: number): { fromYear: number; toYear: number } {
  runs ??= frontierRuns();
  const firstRun = Math.floor(Math.min(...runs.map((run) => run.year)));
  return { fromYear: Math.min(startYear, Math.max(firstRun, startYear - 6)), toYear: Math.ceil(axisEndYear) };
}

/** The years the fan chart shows: the reader's, or by default from defaultFanYears. */
export function fanYearsShown(startYear: number, axisEndYear: number, view: Pick<AnswerView, 'fromYear' | 'toYear'>): { fromYear: number; toYear: number } {
  const span = defaultFanYears(startYear, axisEndYear);
  const fromYear = view.fromYear ?? span.fromYear;
  return { fromYear, toYear: Math.max(fromYear + 1, view.toYear ?? span.toYear) };
}

/** The fan chart's data for an answer and a view, or undefined without trajectories. */
export function fanData(answer: Answer, view: AnswerView, axisEndYear: number): FanData | undefined {
  const trajectories = answer.result.trajectories;
  if (!trajectories) return undefined;
  runs ??= frontierRuns();
  const { fromYear, toYear } = fanYearsShown(answer.result.startYear, axisEndYear, view);
  const exhaustion = Object.entries(answer.result.stocks).map(([name, stock]) => ({ name, p10: stock.quantiles.p10, p50: stock.quantiles.p50, p90: stock.quantiles.p90 }));
  const ghost = view.baseline?.answer.result.trajectories;
  return { trajectories, exhaustion, runs, fromYear, toYear, ghost: ghost && { trajectories: ghost, label: baselineLabel(view.baseline as Baseline) } };
}

/** Draws the headline, every chart, its data table and the quantile table from an answer. Charts take summaries, never samples. */
export function renderAnswer(answer: Answer, tooltip: Tooltip, view: AnswerView): void {
  // Read every width before writing anything: a read after a write forces the browser to lay out the page again.
  const widths = { cdf: chartWidth('cdf-chart'), fan: chartWidth('fan-chart'), tornado: chartWidth('tornado-chart') };
  const { result, summary, request } = answer;
  renderHeadline(answer);
  const cdf = cdfSeries(summary, result);
  // The counts fix the CDF: the same summary with as many samples draws the same chart.
  const ghostKey = view.baseline ? `${objectId(view.baseline.answer.summary)} ${baselineLabel(view.baseline)}` : '';
  drawUnlessSame(svgById('cdf-chart'), `${objectId(summary)} ${summary.samples} ${widths.cdf} ${ghostKey}`, () => drawCdfChart(svgById('cdf-chart'), cdf, widths.cdf, tooltip, undefined, cdfGhost(view)));
  if (isOpen('cdf-data')) byId('cdf-data').replaceChildren(cdfTable(result, cdf.axisEndYear));
  renderResultTable(byId<HTMLTableElement>('result-table'), result, answer.final, view.baseline?.answer.result);

  const fan = svgById('fan-chart');
  const fanEmpty = byId<HTMLParagraphElement>('fan-empty');
  const data = fanData(answer, view, cdf.axisEndYear);
  if (data) {
    fanEmpty.hidden = true;
    const ghost = data.ghost ? `${objectId(data.ghost.trajectories)} ${data.ghost.label}` : '';
    // The quantiles depend on the scenario, seed and paths alone: the first years and every year draw the same.
    const paths = `${objectId(request.scenario)} ${request.seed} ${data.trajectories.samplesUsed}`;
    const key = `${paths} ${JSON.stringify(data.exhaustion)} ${data.fromYear} ${data.toYear} ${widths.fan} ${ghost}`;
    drawUnlessSame(fan, key, () => drawFanChart(fan, data, widths.fan, tooltip));
    if (isOpen('fan-data')) byId('fan-data').replaceChildren(fanTable(data.trajectories, data.fromYear, data.toYear));
    syncYearRange(data.fromYear, data.toYear, result.horizonYear);
  } else if (!request.sections.trajectories) {
    fan.replaceChildren();
    forgetDrawn(fan);
    byId('fan-data').replaceChildren();
    fanEmpty.hidden = false;
    fanEmpty.textContent = 'Switch on “Fan chart & drivers” to compute yearly demand and supply.';
  }

  const tornado = svgById('tornado-chart');
  const tornadoEmpty = byId<HTMLParagraphElement>('tornado-empty');
  const names = Object.keys(result.stocks);
  const stock = view.tornadoStock !== undefined && names.includes(view.tornadoStock) ? view.tornadoStock : names[0];
  const modes = demandModes(request.scenario);
  if (result.sensitivity && result.sensitivity[stock]) {
    tornadoEmpty.hidden = true;
    const rows = result.sensitivity[stock];
    const data = { stock, rows, meanYear: meanYear(summary, names.indexOf(stock)), stockNames: names, demandModes: modes };
    drawUnlessSame(tornado, `${JSON.stringify(data)} ${widths.tornado}`, () => drawTornadoChart(tornado, data, widths.tornado, tooltip));
    if (isOpen('tornado-data')) byId('tornado-data').replaceChildren(tornadoTable(stock, rows.filter((row) => row.index > 0), names, modes));
  } else if (!request.sections.sensitivity) {
    tornado.replaceChildren();
    forgetDrawn(tornado);
    byId('tornado-data').replaceChildren();
    tornadoEmpty.hidden = false;
    tornadoEmpty.textContent = 'Switch on “Fan chart & drivers” to compute what drives the answer.';
  }
}

/** The pinned baseline's CDF for the chart's ghost, or undefined. */
export function cdfGhost(view: AnswerView): { data: CdfData; label: string } | undefined {
  const baseline = view.baseline;
  return baseline && { data: cdfSeries(baseline.answer.summary, baseline.answer.result), label: baselineLabel(baseline) };
}

/** The answer in a sentence per stock, median first (what a phone shows before any chart). */
function renderHeadline(answer: Answer): void {
  const { result, summary } = answer;
  const list = element('ul', 'headline-list');
  for (const stock of headlineStocks(summary, result)) {
    const item = element('li');
    const name = element('bdi', 'headline-name', stock.name);
    item.append(name, document.createTextNode(headlineText(stock, result.horizonYear, '').replace(/^: /, ': ')));
    list.append(item);
  }
  const note = element('p', 'headline-note', `Median exhaustion year (± its Monte-Carlo standard error) and 80% interval, from ${result.samples.toLocaleString('en-US')} samples${answer.final ? '' : ' so far'}.`);
  byId('headline').replaceChildren(list, note);
}

/** Clears every chart (no answer yet). */
export function clearAnswer(message: string): void {
  for (const id of ['cdf-chart', 'fan-chart', 'tornado-chart', 'cdf-data', 'fan-data', 'tornado-data', 'headline']) {
    byId<HTMLElement>(id).replaceChildren();
    forgetDrawn(byId(id));
  }
  byId<HTMLTableElement>('result-table').replaceChildren();
  for (const id of ['fan-empty', 'tornado-empty']) {
    const empty = byId<HTMLParagraphElement>(id);
    empty.hidden = false;
    empty.textContent = message;
  }
}

function syncYearRange(fromYear: number, toYear: number, horizonYear: number): void {
  const from = byId<HTMLInputElement>('fan-from');
  const to = byId<HTMLInputElement>('fan-to');
  for (const input of [from, to]) {
    input.min = '2015';
    input.max = String(horizonYear);
  }
  if (document.activeElement !== from) from.value = String(fromYear);
  if (document.activeElement !== to) to.value = String(toYear);
}

/** Data tables are built only while their <details> is open (opening one asks for a draw): less work per frame. */
function isOpen(id: string): boolean {
  return (byId(id).closest('details') as HTMLDetailsElement | null)?.open ?? true;
}

function svgById(id: string): SVGSVGElement {
  return byId<HTMLElement>(id) as unknown as SVGSVGElement;
}

/** The width of a chart's box, which CSS sets from the page (never from the chart, so drawing can't feed back). */
function chartWidth(id: string): number {
  const box = byId<HTMLElement>(id).parentElement as HTMLElement;
  return Math.max(300, Math.floor(box.clientWidth));
}

