import { describe, expect, it } from 'vitest';
import { ReferenceEngine, SCENARIO_PRESETS, compilePlan, runSweep, validateScenario } from '@horizon/sim';
import { sensitivityInputs } from '@horizon/sim/internal';
import { sweepReport } from '../sweep-report.js';
import { tableReporter } from './table-reporter.js';
import { sparkline } from './sparkline.js';

/** A real sweep of the contract example (reference engine, 20,000 samples), with or without --explain. */
function report(explain: boolean) {
  const plan = compilePlan(validateScenario(SCENARIO_PRESETS['contract-example']));
  const summary = runSweep(plan, new ReferenceEngine(plan, 5), 20_000, undefined, explain ? { sensitivityInputs: sensitivityInputs(plan) } : {});
  return sweepReport(plan, 5, summary);
}

describe('tableReporter(report)', () => {
  const plain = report(false);
  const lines = tableReporter(plain).split('\n');

  it('titles the table with the scenario, samples and seed, then a header and one row per stock', () => {
    expect(lines[0]).toBe('contract-example · 20,000 samples · seed 5 · exhaustion year of each stock');
    expect(lines[1]).toBe('');
    expect(lines[2]).toMatch(/^stock\s+median\s+80% interval\s+90% interval\s+already\s+never by 2100\s+2024 ·+ \d{4}$/);
    expect(lines.slice(3, -1)).toHaveLength(Object.keys(plain.result.stocks).length);
    expect(lines.at(-1)).toBe('');
  });

  it('prints each stock\'s median and intervals to 0.1 year, "never" in the never mass, and percents', () => {
    Object.entries(plain.result.stocks).forEach(([name, stock], k) => {
      const row = lines[3 + k];
      const q = stock.quantiles;
      const y = (v: number | null) => (v === null ? 'never' : v.toFixed(1));
      const percent = (p: number) => (p === 0 ? '0%' : p < 0.001 ? '<0.1%' : `${(p * 100).toFixed(1)}%`);
      expect(row.startsWith(name)).toBe(true);
      const cells = row.slice(name.length).trim().split(/\s{2,}/);
      expect(cells.slice(0, 5)).toEqual([y(q.p50), `${y(q.p10)}–${y(q.p90)}`, `${y(q.p5)}–${y(q.p95)}`, percent(stock.pAlready), percent(stock.pNever)]);
    });
  });

  it('draws each stock\'s sparkline over the header\'s years', () => {
    const end = Number(/(\d{4})$/.exec(lines[2])![1]);
    plain.summary.stocks.forEach((counts, k) => {
      expect(lines[3 + k]).toContain(sparkline(counts, 2024, 2024, end, 28).trimEnd());
    });
  });

  it('with --explain, adds each stock\'s main driver and the ranked inputs below the table', () => {
    const explained = report(true);
    const text = tableReporter(explained);
    expect(text.split('\n')[2]).toMatch(/main driver$/);
    for (const [name, rows] of Object.entries(explained.result.sensitivity!)) {
      expect(text).toContain(`${rows[0].input} (${(rows[0].index * 100).toFixed(0)}%)`);
      expect(text).toContain(`\n  ${name}, T = `);
    }
    expect(text).toContain('What drives exhaustion');
  });
});
