import type { SweepResult } from '@horizon/sim';
import type { Answer } from '../answer/answer-of.js';

/**
 * A pinned answer the page keeps while the scenario is edited: drawn as a grey ghost in the CDF and the
 * demand/supply chart, and compared stock by stock in the quantile table. It stays on this page only: the link
 * carries the current scenario, and the baseline's own link (`hash`) is offered beside it to share or reopen.
 */
export interface Baseline {
  readonly answer: Answer;
  /** The link of the pinned state (scenario, seed, samples), as the page wrote it when pinned. */
  readonly hash: string;
}

/** In words, for the note under the chart and the ghost's key: scenario, samples and seed. */
export function baselineLabel(baseline: Baseline): string {
  const { result } = baseline.answer;
  return `${result.scenario} · ${result.samples.toLocaleString('en-US')} samples · seed ${result.seed}`;
}

/** Current minus pinned median of a stock, in years; null when either is past the horizon or the baseline lacks the stock. */
export function medianDelta(current: SweepResult, baseline: SweepResult, stock: string): number | null {
  const now = current.stocks[stock]?.quantiles.p50;
  const then = baseline.stocks[stock]?.quantiles.p50;
  return now === null || now === undefined || then === null || then === undefined ? null : now - then;
}

/** A difference of medians as the table shows it, as `horizon compare` prints its Δ: signed, to 0.01 year, — when either is never. */
export function signedYears(delta: number | null): string {
  if (delta === null) return '—';
  const rounded = Math.round(delta * 100) / 100;
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '±';
  return `${sign}${Math.abs(rounded).toFixed(2)}`;
}
