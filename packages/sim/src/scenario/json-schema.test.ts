import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { scenarioJsonSchema } from './json-schema.js';
import { SCENARIO_PRESETS } from '../presets/presets.js';

/** The shipped JSON Schema, checked by an independent validator: what an editor would do with it. */
const validate = new Ajv2020({ strict: false, allErrors: true }).compile(scenarioJsonSchema());

describe('scenarioJsonSchema', () => {
  it('accepts every built-in preset, with a "$schema" key as editors add it', () => {
    for (const preset of Object.values(SCENARIO_PRESETS)) {
      expect(validate({ $schema: './scenario.schema.json', ...(preset as object) }), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('rejects what the validator rejects structurally: unknown keys, wrong types, unknown distributions', () => {
    const base = SCENARIO_PRESETS['contract-example'] as Record<string, any>;
    expect(validate({ ...base, extra: 1 })).toBe(false);
    expect(validate({ ...base, startYear: '2024' })).toBe(false);
    expect(validate({ ...base, stocks: [{ ...base.stocks[0], tokens0: { lognormel: { p5: 1, p95: 2 } } }] })).toBe(false);
    expect(validate({ ...base, demand: { ...base.demand, mode: 'vibes' } })).toBe(false);
  });

  it('writes each shared part once, under a name, and keeps every description', () => {
    const schema = scenarioJsonSchema();
    const text = JSON.stringify(schema, null, 2);
    expect(text.length).toBeLessThan(16_000);
    expect(Object.keys(schema.$defs as object)).toEqual(expect.arrayContaining(['Dist', 'LognormalDist', 'Lognormal', 'Growth', 'Stock', 'Source']));
    expect(text).not.toMatch(/__schema/);
    expect(text).toContain('Lognormal whose 5th and 95th percentiles are p5 and p95');
    expect(text).toContain('Unique name of the stock.');
  });
});
