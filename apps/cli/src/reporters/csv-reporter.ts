import { formatResultCsv } from '@horizon/sim';
import type { SweepReport } from './report.js';

/** Tidy CSV, `stock,statistic,year,value` (docs/output.md); the formatting is shared with the web app. */
export function csvReporter(report: SweepReport): string {
  return formatResultCsv(report.result);
}
