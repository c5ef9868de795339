import type { SweepResult, SweepSummary } from '@horizon/sim';

/** What a reporter prints: the contract's result, and the counts behind it for pictures. */
export interface SweepReport {
  readonly result: SweepResult;
  readonly summary: SweepSummary;
}

export type Format = 'table' | 'json' | 'csv';
export const FORMATS: readonly Format[] = ['table', 'json', 'csv'];

export type Reporter = (report: SweepReport) => string;
