import type { SweepReport } from './report.js';

/** CONTRACT §5: the result object, two-space indented, with a final newline. Same result, same bytes. */
export function jsonReporter(report: SweepReport): string {
  return JSON.stringify(report.result, null, 2) + '\n';
}
