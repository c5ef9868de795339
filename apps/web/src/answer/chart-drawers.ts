import { cdfSeries } from '../charts/cdf-series.js';
import { drawCdfChart } from '../charts/cdf-chart.js';
import { drawFanChart } from '../charts/fan-chart.js';
import { drawTornadoChart } from '../charts/tornado-chart.js';
import type { ChartStyle } from '../charts/chart-style.js';
import type { Tooltip } from '../charts/tooltip.js';
import { demandModes, type Answer } from './answer-of.js';
import { fanData, type AnswerView } from './render-answer.js';
import { meanYear } from './mean-year.js';

export type ChartDraw = (element: SVGSVGElement, width: number, style: ChartStyle) => void;

/** How to draw each chart of an answer at any width and text size (the page's and an export's), or undefined when it has no data. */
export function chartDrawer(id: string, answer: Answer, view: AnswerView, tooltip: Tooltip): ChartDraw | undefined {
  const cdf = cdfSeries(answer.summary, answer.result);
  if (id === 'cdf-chart') return (element, width, style) => drawCdfChart(element, cdf, width, tooltip, style);
  if (id === 'fan-chart') {
    const data = fanData(answer, view, cdf.axisEndYear);
    return data && ((element, width, style) => drawFanChart(element, data, width, tooltip, style));
  }
  if (id === 'tornado-chart') {
    const names = Object.keys(answer.result.stocks);
    const stock = view.tornadoStock !== undefined && names.includes(view.tornadoStock) ? view.tornadoStock : names[0];
    const rows = answer.result.sensitivity?.[stock];
    const data = rows && { stock, rows, meanYear: meanYear(answer.summary, names.indexOf(stock)), stockNames: names, demandModes: demandModes(answer.request.scenario) };
    return data && ((element, width, style) => drawTornadoChart(element, data, width, tooltip, style));
  }
  return undefined;
}
