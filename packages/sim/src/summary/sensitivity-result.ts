import { limbValue, SENSITIVITY_BINS, SENSITIVITY_YEAR_SCALE, type SensitivityAccumulator } from './sensitivity-accumulator.js';

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
}

/** Eight of the 64 bins: the input's lowest and highest 12.5%. */
const TAIL_BINS = SENSITIVITY_BINS / 8;

const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;
const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * The extra JSON key `sensitivity` (docs/output.md): for every stock, its inputs ranked by first-order index.
 * Computed from exact integer sums, so equal counts print equal bytes.
 */
export function sensitivityResult(acc: SensitivityAccumulator, samples: number, startYear: number, stockNames: readonly string[]): Record<string, InputSensitivity[]> {
  const out: Record<string, InputSensitivity[]> = Object.create(null);
  const scale = SENSITIVITY_YEAR_SCALE;
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
    // Ranked by index; ties keep the scenario's order (Array.prototype.sort is stable).
    out[name] = rows.sort((a, b) => b.index - a.index);
  });
  return out;
}
