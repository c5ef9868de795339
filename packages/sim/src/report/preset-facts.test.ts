import { describe, expect, it } from 'vitest';
import { PRESET_FIGURES } from '../presets/preset-figures.js';
import { presetFacts } from './preset-facts.js';

describe('presetFacts(figures)', () => {
  it('presetFacts states a published median and interval with its citation, and the reproduction at 1e6 samples', () => {
    const facts = presetFacts(PRESET_FIGURES.villalobos2024);
    expect(facts.published).toBe('median 2028, 80% 2026–2032 (Villalobos et al. 2024, Fig. 1)');
    expect(facts.fidelity).toBe('Reproduced within ±1 yr: 2029.03 (80% 2027.32–2031.08) at 1e6 samples, seed 42.');
  });

  it('presetFacts says when a preset misses its published figure, and by how much', () => {
    const facts = presetFacts(PRESET_FIGURES['villalobos2022-lq']);
    expect(facts.published).toBe('median 2032.4, 90% 2028.4–2039.2 (Villalobos et al. 2022, Table 1)');
    expect(facts.fidelity).toMatch(/^Not reached: 2030\.75 \(90% 2027\.21–2037\.69\) at 1e6 samples, seed 42; median 2030\.75 against 2032\.4 \(±0\.6 yr\), upper end 2037\.69 against 2039\.2 \(±1\.5 yr\)\./);
    // The compute branch's median is within a year of the headline; its interval's upper end is not.
    expect(presetFacts(PRESET_FIGURES['villalobos2024-compute']).fidelity).toContain('; upper end 2030.98 against mid-2032 (±1.5 yr).');
  });

  it('presetFacts has a sentence for every preset', () => {
    for (const figures of Object.values(PRESET_FIGURES)) {
      const facts = presetFacts(figures);
      expect(facts.published.length).toBeGreaterThan(10);
      expect(facts.fidelity).not.toMatch(/undefined|NaN/);
    }
  });
});
