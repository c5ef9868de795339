import type { StockEventSensitivity } from '../engine/event-sensitivity.js';
import { limbValue, SENSITIVITY_BINS, SENSITIVITY_YEAR_SCALE, sensitivitySampleCount, type SensitivityAccumulator } from '../summary/sensitivity-accumulator.js';

/** How much one input drives one stock's exhaustion year. */
export interface InputSensitivity {
  /** JSON path of the input in the scenario (`demand` alone is the choice among demand models). */
  input: string;
  /** First-order index Var(E[Y | X]) / Var(Y), in [0, 1]; 0 for a fixed input. */
  index: number;
  /** Mean exhaustion year (never counted as the horizon) when the input is in its lowest / highest eighth. */
  yearIfLow: number | null;
  yearIfHigh: number | null;
  /** P(never by the horizon) in those eighths. */
  pNeverIfLow: number | null;
  pNeverIfHigh: number | null;
  /**
   * Indices of the event "exhausted by byYear" (engine/event-sensitivity.ts), which do not depend on the
   * horizon: first-order and total Sobol' indices and their standard errors. Present with the CLI's --explain.
   */
  byYear?: number;
  firstOrder?: number;
  firstOrderError?: number;
  total?: number;
  totalError?: number;
}

/** Event indices per stock, with the input paths their `indices` follow (`designInputs(plan)`). */
export interface EventSensitivityResult {
  readonly paths: readonly string[];
  readonly stocks: readonly StockEventSensitivity[];
}

/** Eight of the 64 bins: the input's lowest and highest 12.5%. */
const TAIL_BINS = SENSITIVITY_BINS / 8;

const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;
const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * The extra JSON key `sensitivity` (docs/output.md): for every stock, its inputs ranked by first-order index.
 * Computed from exact integer sums, so equal counts print equal bytes.
 */
export function sensitivityResult(acc: SensitivityAccumulator, runSamples: number, startYear: number, stockNames: readonly string[], events?: EventSensitivityResult): Record<string, InputSensitivity[]> {
  const out: Record<string, InputSensitivity[]> = Object.create(null);
  const scale = SENSITIVITY_YEAR_SCALE;
  const samples = sensitivitySampleCount(0, runSamples);
  stockNames.forEach((name, s) => {
    const mean = limbValue(acc.totalQ, s) / samples;
    const variance = limbValue(acc.totalQ2, s) / samples - mean * mean;
    const rows = acc.inputs.map((input, i): InputSensitivity => {
      const cell = (s * acc.inputs.length + i) * SENSITIVITY_BINS;
      if (input.edges.length === 0 || !(variance > 0)) {
        return { input: input.path, index: 0, yearIfLow: null, yearIfHigh: null, pNeverIfLow: null, pNeverIfHigh: null };
      }
      let between = 0;
      for (let b = 0; b < SENSITIVITY_BINS; b++) {
        const n = acc.count[cell + b];
        if (n === 0) continue;
        const binMean = limbValue(acc.sumQ, cell + b) / n;
        between += (n / samples) * (binMean - mean) ** 2;
      }
      const tail = (from: number) => {
        let n = 0;
        let q = 0;
        let never = 0;
        for (let b = from; b < from + TAIL_BINS; b++) {
          n += acc.count[cell + b];
          q += limbValue(acc.sumQ, cell + b);
          never += acc.never[cell + b];
        }
        return n === 0 ? { year: null, pNever: null } : { year: round2(startYear + q / n / scale), pNever: round4(never / n) };
      };
      const low = tail(0);
      const high = tail(SENSITIVITY_BINS - TAIL_BINS);
      return {
        input: input.path,
        index: round4(Math.min(1, between / variance)),
        yearIfLow: low.year,
        yearIfHigh: high.year,
        pNeverIfLow: low.pNever,
        pNeverIfHigh: high.pNever,
      };
    });
    if (events) {
      // Ranked by total effect on the event, which does not hinge on the horizon; fixed inputs have 0.
      const event = events.stocks[s];
      rows.forEach((row) => {
        const k = events.paths.indexOf(row.input);
        const index = k < 0 ? { firstOrder: 0, total: 0, firstOrderError: 0, totalError: 0 } : event.indices[k];
        Object.assign(row, {
          byYear: event.byYear,
          firstOrder: round4(index.firstOrder),
          firstOrderError: round4(index.firstOrderError),
          total: round4(index.total),
          totalError: round4(index.totalError),
        });
      });
      out[name] = rows.sort((a, b) => (b.total as number) - (a.total as number) || b.index - a.index);
      return;
    }
    // Ranked by index; ties keep the scenario's order (Array.prototype.sort is stable).
    out[name] = rows.sort((a, b) => b.index - a.index);
  });
  return out;
}
