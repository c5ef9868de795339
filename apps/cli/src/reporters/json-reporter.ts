import { formatResultJson } from '@horizon/sim';
import type { SweepReport } from './report.js';

/** docs/output.md: the result object, two-space indented, with a final newline (shared with the web app). */
export function jsonReporter(report: SweepReport): string {
  return formatResultJson(report.result);
}
