import { describe, expect, it } from 'vitest';
import { validateScenario } from './validate-scenario.js';
import { InputError } from '../errors/input-error.js';
import { SCENARIO_PRESETS } from '../presets/presets.js';

const base = () => structuredClone(SCENARIO_PRESETS['contract-example']) as Record<string, any>;

function messageOf(scenario: unknown): string {
  try {
    validateScenario(scenario);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected an InputError');
}

describe('validateScenario', () => {
  it('accepts every built-in preset', () => {
    for (const preset of Object.values(SCENARIO_PRESETS)) expect(() => validateScenario(preset)).not.toThrow();
  });

  it('accepts a "source" on the scenario, stocks, demand models and distribution objects, and {"fixed": N}', () => {
    const s = base();
    s.source = 'the contract example';
    s.demand.source = 'a trend';
    s.demand.tokens0 = { lognormal: { p5: 1e13, p95: 3e13 }, source: 'Villalobos et al. 2024 §2.4' };
    s.stocks[0].source = 'Common Crawl';
    s.stocks[0].growthPerYear = { fixed: 1.05, source: 'a guess' };
    s.stocks[1].tokens0 = { mixture: [{ weight: 1, dist: { fixed: 1e14, source: 'one estimate' } }], source: 'a mixture' };
    expect(validateScenario(s)).toMatchObject({ source: 'the contract example' });
  });

  it('an error records its kind of the error catalogue beside its path (docs/api.md)', () => {
    const s = base();
    s.horizonYear = s.startYear - 4;
    try {
      validateScenario(s);
    } catch (error) {
      expect(error).toMatchObject({ path: 'horizonYear', kind: 'horizonBeforeStart' });
      return;
    }
    throw new Error('expected an InputError');
  });

  it('words a correlation naming one or three inputs as a list of the wrong length, not as characters or a distribution', () => {
    const one = base();
    one.correlations = [{ between: ['stocks[0].tokens0'], rank: 0.5 }];
    expect(messageOf(one)).toBe('correlations[0].between: must hold at least 2 items, got 1');
    const three = base();
    three.correlations = [{ between: ['stocks[0].tokens0', 'stocks[1].tokens0', 'demand.tokens0'], rank: 0.5 }];
    expect(messageOf(three)).toBe('correlations[0].between: must hold at most 2 items, got 3');
    const text = base();
    text.correlations = [{ between: 'stocks[0].tokens0', rank: 0.5 }];
    expect(messageOf(text)).toBe('correlations[0].between: expected a list, got the text "stocks[0].tokens0"');
  });

  it('ignores schedule segments that end at or before startYear instead of refusing them', () => {
    const s = base();
    s.demand.growthPerYear = [{ until: 2020, factor: 9 }, { until: s.startYear, factor: 9 }, { factor: 2 }];
    expect(() => validateScenario(s)).not.toThrow();
  });

  it.each([
    ['a source over 2,000 characters', (s: any) => (s.stocks[0].source = 'x'.repeat(2001)), 'stocks[0].source: must be at most 2000 characters, got 2001'],
    ['a fixed value outside its range', (s: any) => (s.stocks[1].usableFraction = { fixed: 2, source: 'typo' }), 'stocks[1].usableFraction.fixed: must be in (0, 1], got 2'],
    ['p5 above p95 (the contract\'s example)', (s: any) => (s.demand.tokens0 = { lognormal: { p5: 3e13, p95: 1e13 } }), 'demand.tokens0.lognormal: p5 (3e13) must be below p95 (1e13)'],
    ['an unknown key', (s: any) => (s.stocks[0].tokenz = 1), 'stocks[0]: unknown key "tokenz"'],
    ['a negative stock', (s: any) => (s.stocks[1].tokens0 = -5), 'stocks[1].tokens0: must be > 0, got -5'],
    ['a string for a number', (s: any) => (s.startYear = '2024'), 'startYear: expected a number, got the text "2024"'],
    ['a misspelt distribution', (s: any) => (s.stocks[0].tokens0 = { lognormel: { p5: 1, p95: 2 } }), 'stocks[0].tokens0: unknown distribution "lognormel"; use fixed, normal, lognormal, uniform, loguniform, triangular or mixture'],
    ['a missing p95', (s: any) => (s.stocks[0].tokens0 = { lognormal: { p5: 1 } }), 'stocks[0].tokens0.lognormal.p95: is required (a number)'],
    ['a fraction above 1', (s: any) => (s.stocks[1].usableFraction = 1.5), 'stocks[1].usableFraction: must be in (0, 1], got 1.5'],
    ['maxEpochs below 1', (s: any) => (s.training.maxEpochs = { uniform: { min: 0.5, max: 3 } }), 'training.maxEpochs.uniform: this uniform ranges over [0.5, 3) but the value must be ≥ 1; bound it inside the range, or use a normal, which is truncated'],
    ['a horizon before the start', (s: any) => (s.horizonYear = 2020), 'horizonYear: (2020) must be after startYear (2024)'],
    ['duplicate stock names', (s: any) => (s.stocks[1].name = 'indexed-web'), 'stocks[1].name: "indexed-web" is already the name of another stock; names must be unique'],
    ['segments out of order', (s: any) => (s.demand.growthPerYear = [{ until: 2030, factor: 2 }, { until: 2028, factor: 2 }, { factor: 1.5 }]), 'demand.growthPerYear[1].until: (2028) must be after the previous segment\'s until (2030)'],
    ['an unknown demand mode', (s: any) => (s.demand.mode = 'vibes'), 'demand.mode: must be "trend" or "compute", got the text "vibes"'],
    ['an unknown scaling law', (s: any) => (s.demand = { mode: 'compute', flops0: 1e25, growthPerYear: 4, scalingLaw: 'kaplan' }), 'demand.scalingLaw: unknown preset "kaplan"; known: hoffmann2022, besiroglu2024, muennighoff2023, chinchilla-20'],
    ['a normal mostly outside its range', (s: any) => (s.stocks[0].growthPerYear = { normal: { mean: -1, sd: 0.2 } }), 'stocks[0].growthPerYear: only 2.9e-5% of this distribution is > 0; at least 1% must be, since draws outside are resampled'],
    ['a list of demand models without weights', (s: any) => (s.demand = [s.demand, s.demand]), 'demand[0].weight: is required for each model in a list of demand models'],
    // Valid-looking but extreme: draws whose arithmetic overflows to ∞ can never land in range, and a mixture
    // with a truncated normal would redraw them forever (the kernel hung on this one).
    ['a mixture of a triangular whose draws overflow and a normal', (s: any) => (s.training.rStar = { mixture: [{ weight: 1, dist: { triangular: { min: 1, mode: 1e308, max: 1.7e308 } } }, { weight: 1, dist: { normal: { mean: 15, sd: 5 } } }] }), 'training.rStar.mixture[0].dist.triangular: is so wide that its draws overflow to infinity ((max − min) · (mode − min) is beyond the largest double); narrow it'],
    ['a normal so wide its draws overflow', (s: any) => (s.demand.growthPerYear = { normal: { mean: 1, sd: 1e308 } }), 'demand.growthPerYear.normal: is so wide that its draws overflow to infinity (mean ± 16 sd is beyond the largest double); narrow it'],
    ['a lognormal whose draws overflow as numbers', (s: any) => (s.training.rStar = { lognormal: { p5: 1e-200, p95: 1e200 } }), 'training.rStar.lognormal: is so wide that its draws overflow to infinity or round to 0 (exp(mu ± 16 sigma) leaves the doubles); narrow it'],
    ['a prototype name as a scaling law', (s: any) => (s.demand = { mode: 'compute', flops0: 1e25, growthPerYear: 4, scalingLaw: 'toString' }), 'demand.scalingLaw: unknown preset "toString"; known: hoffmann2022, besiroglu2024, muennighoff2023, chinchilla-20'],
  ])('refuses %s with one line naming the path', (_, mutate, expected) => {
    const scenario = base();
    mutate(scenario);
    expect(messageOf(scenario)).toBe(expected);
  });
});
