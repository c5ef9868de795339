import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../scenario/validate-scenario.js';
import { compilePlan } from '../model/compile-plan.js';
import { SCENARIO_PRESETS } from '../presets/presets.js';
import { csvRows } from '../csv/csv-rows.js';
import { perSampleTable } from './per-sample-table.js';
import { perSampleCsvBytes, perSampleCsvHeader } from './per-sample-csv.js';

const tableOf = (preset: string, seed: number) => perSampleTable(compilePlan(validateScenario(SCENARIO_PRESETS[preset])), seed);
const PRESETS = ['contract-example', 'villalobos2024-compute', 'villalobos2022-hq'];
const ascii = (bytes: Uint8Array) => new TextDecoder('ascii').decode(bytes);

describe('perSampleCsvBytes', () => {
  it('perSampleCsvBytes(table, first, count) gives row i as its values, each read back as the same double, and an empty cell for never', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PRESETS), fc.nat(1000), fc.nat(2 ** 40), fc.nat(40), (preset, seed, first, count) => {
        const table = tableOf(preset, seed);
        const rows = csvRows(ascii(perSampleCsvBytes(table, first, count)));
        expect(rows.length).toBe(count);
        const values = new Float64Array(table.columns.length);
        rows.forEach((row, i) => {
          table.row(first + i, values);
          expect(row.cells.length).toBe(values.length);
          row.cells.forEach((cell, c) => {
            if (c > table.inputCount && values[c] === Infinity) expect(cell).toBe('');
            else expect(Number(cell)).toBe(values[c]);
          });
        });
      }),
      { numRuns: 40 },
    );
  });

  it('writes String(value) for every value, so the bytes are those of the row formatted one value at a time', () => {
    const table = tableOf('contract-example', 7);
    const values = new Float64Array(table.columns.length);
    let expected = '';
    for (let i = 1000; i < 1500; i++) {
      table.row(i, values);
      expected += Array.from(values, (value, c) => (c > table.inputCount && value === Infinity ? '' : String(value))).join(',') + '\n';
    }
    expect(ascii(perSampleCsvBytes(table, 1000, 500))).toBe(expected);
  });

  it('gives the same bytes for a range whether written in one piece or several', () => {
    const table = tableOf('villalobos2024-compute', 3);
    const whole = ascii(perSampleCsvBytes(table, 10, 300));
    expect(ascii(perSampleCsvBytes(table, 10, 120)) + ascii(perSampleCsvBytes(table, 130, 180))).toBe(whole);
  });
});

describe('perSampleCsvHeader', () => {
  it('names the columns as the table does, one line', () => {
    const table = tableOf('contract-example', 1);
    expect(perSampleCsvHeader(table)).toBe(table.columns.join(',') + '\n');
    expect(csvRows(perSampleCsvHeader(table))[0].cells).toEqual([...table.columns]);
  });
});
