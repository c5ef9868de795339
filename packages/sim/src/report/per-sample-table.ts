import type { Plan } from '../model/plan.js';
import { ReferenceEngine } from '../engine/reference-engine.js';

/** The columns of `horizon sweep --per-sample`: the sample index, every input's drawn value, every stock's year. */
export interface PerSampleTable {
  /** Column names: `sample`, each input's JSON path (a samples file's row as `PATH[k]`), then `year:STOCK` for each stock. */
  readonly columns: readonly string[];
  /** Number of input columns, after `sample`. */
  readonly inputCount: number;
  /** Number of stock columns, after the inputs. */
  readonly stockCount: number;
  /**
   * Fills `out` (one value per column) for sample `sampleIndex`: the inputs as drawn, in their natural units,
   * and each stock's exhaustion year (startYear when already exhausted, +Infinity when never by horizonYear).
   */
  row(sampleIndex: number, out: Float64Array): void;
}

/**
 * Per-sample rows of a sweep of `plan` with `seed`, computed by the reference engine, which draws the same
 * values and years as the kernel for every (seed, sample); one row at a time, so memory does not grow with the
 * sample count.
 */
export function perSampleTable(plan: Plan, seed: number): PerSampleTable {
  const engine = new ReferenceEngine(plan, seed);
  const inputs: Array<{ name: string; slot: number; logSpace: boolean }> = [];
  for (const step of plan.steps) {
    if (step.kind === 'dist') inputs.push({ name: step.path, slot: step.slot, logSpace: step.logSpace });
    else for (let k = 0; k < step.width; k++) inputs.push({ name: `${step.path}[${k}]`, slot: step.slot + k, logSpace: false });
  }
  const stockCount = plan.stocks.length;
  const years = new Float64Array(stockCount);
  return {
    columns: ['sample', ...inputs.map((input) => input.name), ...plan.stocks.map((stock) => `year:${stock.name}`)],
    inputCount: inputs.length,
    stockCount,
    row(sampleIndex, out) {
      engine.sampleYears(sampleIndex, years);
      const values = engine.lastValues;
      out[0] = sampleIndex;
      for (let k = 0; k < inputs.length; k++) out[1 + k] = inputs[k].logSpace ? Math.exp(values[inputs[k].slot]) : values[inputs[k].slot];
      out.set(years, 1 + inputs.length);
    },
  };
}
