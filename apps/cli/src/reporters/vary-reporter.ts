import { formatVaryCsv, type VaryResult } from '@horizon/sim';
import { FORMATS, type Format } from './report.js';
import { varyTableReporter } from './vary-table-reporter.js';
import { inputError } from '@horizon/sim/internal';

export type VaryReporter = (result: VaryResult) => string;

/** The what-if reporter, picked once like the sweep's: the flag if given, else a table on a terminal and JSON in a pipe. */
export function createVaryReporter(format: string | undefined, stdoutIsTTY: boolean): VaryReporter {
  const chosen = format ?? (stdoutIsTTY ? 'table' : 'json');
  if (!FORMATS.includes(chosen as Format)) throw inputError('notAChoice', '--format', FORMATS, JSON.stringify(chosen));
  switch (chosen as Format) {
    case 'table':
      return varyTableReporter;
    case 'json':
      return (result) => JSON.stringify(result, null, 2) + '\n';
    case 'csv':
      return formatVaryCsv;
  }
}
