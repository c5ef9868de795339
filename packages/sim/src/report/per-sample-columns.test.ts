import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../scenario/validate-scenario.js';
import { compilePlan } from '../model/compile-plan.js';
import { SCENARIO_PRESETS } from '../presets/presets.js';
import { perSampleTable } from './per-sample-table.js';
import { perSampleColumns } from './per-sample-columns.js';

describe('perSampleColumns', () => {
  it('perSampleColumns(table, first, count)[c · count + i] is value c of row first + i', () => {
    fc.assert(
      fc.property(fc.constantFrom('contract-example', 'villalobos2024-compute'), fc.nat(1000), fc.nat(2 ** 40), fc.nat(30), (preset, seed, first, count) => {
        const table = perSampleTable(compilePlan(validateScenario(SCENARIO_PRESETS[preset])), seed);
        const columns = perSampleColumns(table, first, count);
        const width = table.columns.length;
        expect(columns.length).toBe(width * count);
        const values = new Float64Array(width);
        for (let i = 0; i < count; i++) {
          table.row(first + i, values);
          for (let c = 0; c < width; c++) expect(columns[c * count + i]).toBe(values[c]);
        }
      }),
      { numRuns: 30 },
    );
  });
});
