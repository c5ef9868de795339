import { describe, expect, it } from 'vitest';
import { compilePlan } from '../model/compile-plan.js';
import { SCENARIO_PRESETS } from '../presets/presets.js';
import { parseJson } from '../scenario/parse-json.js';
import { validateScenario } from '../scenario/validate-scenario.js';
import { dataToJson } from './shard-file-data.js';
import { sha256Hex } from '../math/sha256.js';
import { scenarioDigest } from './scenario-digest.js';

const digestOf = (json: unknown): string => scenarioDigest(compilePlan(validateScenario(json)));
const example = SCENARIO_PRESETS['contract-example'] as Record<string, unknown>;

describe('scenarioDigest(plan)', () => {
  it('is "sha256:" and the SHA-256 of the compiled plan as one line of JSON (the canonical form docs/output.md states)', () => {
    const plan = compilePlan(validateScenario(example));
    const canonical = JSON.stringify(dataToJson(plan));
    expect(canonical.startsWith('{"name":"contract-example","startYear":2024,"horizonYear":2100,')).toBe(true);
    expect(scenarioDigest(plan)).toBe(`sha256:${sha256Hex(new TextEncoder().encode(canonical))}`);
    expect(scenarioDigest(plan)).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('does not depend on the file\'s layout, key order or number spelling', () => {
    const text = JSON.stringify(example, null, 2);
    const reordered = Object.fromEntries(Object.entries(example).reverse());
    const respelled = JSON.parse(text.replace('"rStar": 15.4', '"rStar": 1.54e1'));
    expect(digestOf(parseJson(text, 'x.json'))).toBe(digestOf(example));
    expect(digestOf(reordered)).toBe(digestOf(example));
    expect(digestOf(respelled)).toBe(digestOf(example));
  });

  it('changes with any input, and with the name', () => {
    const base = digestOf(example);
    const training = example.training as Record<string, unknown>;
    expect(digestOf({ ...example, training: { ...training, rStar: 15.5 } })).not.toBe(base);
    expect(digestOf({ ...example, name: 'other' })).not.toBe(base);
    expect(digestOf({ ...example, horizonYear: 2099 })).not.toBe(base);
  });
});
