import { compilePlan, sweepResult, type Plan, type Scenario, type SweepResult, type SweepSummary } from '@horizon/sim';
import { cdfSeries } from './charts/cdf-series.js';
import { drawCdfChart } from './charts/cdf-chart.js';
import { drawFanChart } from './charts/fan-chart.js';
import { drawTornadoChart } from './charts/tornado-chart.js';
import type { Tooltip } from './charts/tooltip.js';
import type { SweepRequest } from './compute/sweep-backend.js';
import { renderResultTable } from './ui/result-table.js';
import { byId } from './ui/dom.js';

/** The answer as the page shows it: the contract's result and the counts behind it. */
export interface Answer {
  readonly request: SweepRequest;
  readonly summary: SweepSummary;
  readonly result: SweepResult;
  readonly final: boolean;
}

/** The result JSON of a summary, as `horizon sweep --format json` prints it for the same request. */
export function answerOf(request: SweepRequest, summary: SweepSummary, final: boolean): Answer {
  return { request, summary, result: sweepResult(planOf(request.scenario), request.seed, summary), final };
}

const plans = new WeakMap<Scenario, Plan>();

/** The scenario's compiled plan (for the result's scenario digest), compiled once per scenario. */
function planOf(scenario: Scenario): Plan {
  let plan = plans.get(scenario);
  if (plan === undefined) {
    plan = compilePlan(scenario);
    plans.set(scenario, plan);
  }
  return plan;
}

/** Draws every chart and the table from an answer. Charts take summaries, never samples. */
export function renderAnswer(answer: Answer, tooltip: Tooltip, tornadoStock: string | undefined): void {
  // Read every width before writing anything: a read after a write forces the browser to lay out the page again.
  const widths = { cdf: chartWidth('cdf-chart'), fan: chartWidth('fan-chart'), tornado: chartWidth('tornado-chart') };
  const cdf = cdfSeries(answer.summary, answer.result);
  drawCdfChart(byId<HTMLElement>('cdf-chart') as unknown as SVGSVGElement, cdf, widths.cdf, tooltip);
  renderResultTable(byId<HTMLTableElement>('result-table'), answer.result, answer.final);

  const extra = answer.result;
  const fan = byId<HTMLElement>('fan-chart') as unknown as SVGSVGElement;
  const fanEmpty = byId<HTMLParagraphElement>('fan-empty');
  if (extra.trajectories) {
    fanEmpty.hidden = true;
    drawFanChart(fan, { ...extra.trajectories, axisEndYear: cdf.axisEndYear }, widths.fan, tooltip);
  } else if (!answer.request.sections.trajectories) {
    fan.replaceChildren();
    fanEmpty.hidden = false;
    fanEmpty.textContent = 'Switch on “Fan chart & drivers” to compute yearly demand and supply.';
  }

  const tornado = byId<HTMLElement>('tornado-chart') as unknown as SVGSVGElement;
  const tornadoEmpty = byId<HTMLParagraphElement>('tornado-empty');
  const names = Object.keys(answer.result.stocks);
  const stock = tornadoStock !== undefined && names.includes(tornadoStock) ? tornadoStock : names[0];
  if (extra.sensitivity && extra.sensitivity[stock]) {
    tornadoEmpty.hidden = true;
    drawTornadoChart(tornado, { stock, rows: extra.sensitivity[stock], medianYear: answer.result.stocks[stock].quantiles.p50, stockNames: names }, widths.tornado, tooltip);
  } else if (!answer.request.sections.sensitivity) {
    tornado.replaceChildren();
    tornadoEmpty.hidden = false;
    tornadoEmpty.textContent = 'Switch on “Fan chart & drivers” to compute what drives the answer.';
  }
}

/** Clears every chart (no answer yet, e.g. a link whose scenario is invalid). */
export function clearAnswer(message: string): void {
  for (const id of ['cdf-chart', 'fan-chart', 'tornado-chart']) byId<HTMLElement>(id).replaceChildren();
  byId<HTMLTableElement>('result-table').replaceChildren();
  for (const id of ['fan-empty', 'tornado-empty']) {
    const empty = byId<HTMLParagraphElement>(id);
    empty.hidden = false;
    empty.textContent = message;
  }
}

/** The width of a chart's box, which CSS sets from the page (never from the chart, so drawing can't feed back). */
function chartWidth(id: string): number {
  const box = byId<HTMLElement>(id).parentElement as HTMLElement;
  return Math.max(300, Math.floor(box.clientWidth));
}

/** The result without the extra keys: `horizon sweep --format json`'s bytes for the same request. */
export function contractResult(result: SweepResult): SweepResult {
  const { trajectories: _trajectories, sensitivity: _sensitivity, ...contract } = result;
  return contract;
}
