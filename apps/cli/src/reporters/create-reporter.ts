import { FORMATS, type Format, type Reporter } from './report.js';
import { jsonReporter } from './json-reporter.js';
import { csvReporter } from './csv-reporter.js';
import { tableReporter } from './table-reporter.js';
import { inputError } from '@horizon/sim/internal';

/** Picks the reporter once: the flag if given, else a table on a terminal and JSON in a pipe (docs/output.md). */
export function createReporter(format: string | undefined, stdoutIsTTY: boolean): Reporter {
  const chosen = format ?? (stdoutIsTTY ? 'table' : 'json');
  if (!FORMATS.includes(chosen as Format)) {
    throw inputError('notAChoice', '--format', FORMATS, JSON.stringify(chosen));
  }
  switch (chosen as Format) {
    case 'table':
      return tableReporter;
    case 'json':
      return jsonReporter;
    case 'csv':
      return csvReporter;
  }
}
