import { formatResultCsv, formatResultJson } from '@horizon/sim';
import { contractResult, type Answer } from '../answer/answer-of.js';
import { downloadBlob } from '../charts/export-chart.js';
import { byId, safeFileName } from '../ui/dom.js';

const RESULT_BUTTONS = ['download-json', 'download-full-json', 'download-csv'];

/**
 * The download buttons: the scenario as typed, and the final answer as the CLI writes it (JSON with only the
 * contract's fields, the full JSON, CSV). `scenario` gives the text and its decoded JSON, `answer` the answer
 * that made the page done (none before it: the downloads are the CLI's whole result).
 */
export function wireDownloads(scenario: () => { text: string; json: unknown }, answer: () => Answer | undefined): void {
  const name = () => safeFileName(answer()?.request.scenario.name ?? 'horizon');
  byId('download-scenario').addEventListener('click', () => {
    const { text, json } = scenario();
    const scenarioName = json && typeof json === 'object' ? String((json as { name?: unknown }).name ?? 'scenario') : 'scenario';
    downloadBlob(new Blob([text], { type: 'application/json' }), `${safeFileName(scenarioName)}.json`);
  });
  const result = (id: string, format: (final: Answer) => Blob, suffix: string) =>
    byId(id).addEventListener('click', () => {
      const done = answer();
      if (done) downloadBlob(format(done), `${name()}${suffix}`);
    });
  result('download-json', (final) => new Blob([formatResultJson(contractResult(final.result))], { type: 'application/json' }), '-result.json');
  result('download-full-json', (final) => new Blob([formatResultJson(final.result)], { type: 'application/json' }), '-result-full.json');
  result('download-csv', (final) => new Blob([formatResultCsv(final.result)], { type: 'text/csv' }), '-result.csv');
}

/** The result downloads are the CLI's bytes, so they wait for the final answer (or, after Stop, for none). */
export function setDownloadsEnabled(enabled: boolean, final = true): void {
  for (const id of RESULT_BUTTONS) byId<HTMLButtonElement>(id).disabled = !(enabled && final);
}
