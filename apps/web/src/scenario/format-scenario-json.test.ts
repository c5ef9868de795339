import { describe, expect, it } from 'vitest';
import { SCENARIO_PRESETS } from '@horizon/sim';
import { compactScenarioJson, formatScenarioJson } from './format-scenario-json.js';

describe('formatScenarioJson', () => {
  it('formatScenarioJson(scenario) parses back to the same values for every preset', () => {
    for (const preset of Object.values(SCENARIO_PRESETS)) {
      expect(JSON.parse(formatScenarioJson(preset))).toEqual(preset);
      expect(JSON.parse(compactScenarioJson(preset))).toEqual(preset);
    }
  });

  it('formatScenarioJson writes numbers as scenario files do and keeps small objects on one line', () => {
    const text = formatScenarioJson({ tokens0: { lognormal: { p5: 3e12, p95: 1.3e13 } }, tiny: 1e-7, plain: 0.25 });
    expect(text).toBe('{"tokens0": {"lognormal": {"p5": 3e12, "p95": 1.3e13}}, "tiny": 1e-7, "plain": 0.25}\n');
  });
});
