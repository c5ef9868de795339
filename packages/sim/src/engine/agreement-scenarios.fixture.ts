/**
 * Scenarios for the kernel-versus-reference agreement tests: between them they use every distribution kind
 * (normal truncated by resampling, lognormal, uniform, log-uniform, triangular, mixtures with fixed and
 * truncated components), both demand modes, growth schedules on both sides, weighted demand lists, preset
 * and distributed scaling laws, and a joint-draw row table (`kind: 'row'` steps).
 */

/** Joint draws E, A, B, alpha, beta for `"scalingLaw": {"samples": …}`, four rows. */
export const LAW_ROWS = Float64Array.from([
  1.69, 406.4, 410.7, 0.34, 0.28,
  1.82, 482.0, 2085.4, 0.348, 0.366,
  1.87, 520.8, 1487.7, 0.353, 0.353,
  1.75, 450.0, 900.0, 0.33, 0.31,
]);

const stock = (name: string, extra: object = {}) => ({
  name,
  tokens0: { lognormal: { p5: 1e14, p95: 1e15 } },
  growthPerYear: 1.07,
  ...extra,
});

export const AGREEMENT_SCENARIOS: Record<string, unknown> = {
  'every distribution kind, trend demand': {
    name: 'kinds',
    startYear: 2024,
    horizonYear: 2100,
    demand: {
      mode: 'trend',
      tokens0: { normal: { mean: 1.5e13, sd: 1e13 } },
      growthPerYear: { triangular: { min: 1.5, mode: 2.2, max: 3.5 } },
    },
    training: {
      maxEpochs: { mixture: [{ weight: 1, dist: { uniform: { min: 1, max: 4 } } }, { weight: 2, dist: { normal: { mean: 2, sd: 2 } } }, { weight: 0.5, dist: 1 }] },
      rStar: { normal: { mean: 15.4, sd: 3 } },
    },
    stocks: [
      stock('loguniform', { tokens0: { loguniform: { min: 5e13, max: 5e14 } }, growthPerYear: { uniform: { min: 1.01, max: 1.1 } }, usableFraction: { triangular: { min: 0.1, mode: 0.5, max: 1 } } }),
      stock('normal-growth', { growthPerYear: { normal: { mean: 1.05, sd: 0.5 } }, usableFraction: { normal: { mean: 0.6, sd: 0.3 } } }),
      stock('mixture', { tokens0: { mixture: [{ weight: 1, dist: 3e14 }, { weight: 1, dist: { loguniform: { min: 1e14, max: 1e15 } } }, { weight: 1, dist: { triangular: { min: 1e14, mode: 2e14, max: 9e14 } } }] }, usableFraction: { loguniform: { min: 0.2, max: 1 } } }),
    ],
  },
  'schedules on demand and stocks, with a short horizon': {
    name: 'schedules',
    startYear: 2020,
    horizonYear: 2040,
    demand: {
      mode: 'trend',
      tokens0: { lognormal: { p5: 1e12, p95: 1e14 } },
      growthPerYear: [
        { until: 2023, factor: 4 },
        { until: 2031, factor: { lognormal: { p5: 1.5, p95: 3 } } },
        { until: 2032, factor: 0.5 },
        { factor: { uniform: { min: 1, max: 2 } } },
      ],
    },
    stocks: [
      stock('scheduled', { growthPerYear: [{ until: 2021, factor: 1.5 }, { until: 2029.5, factor: { uniform: { min: 1, max: 1.2 } } }, { factor: 1.01 }] }),
      stock('flat', { tokens0: { lognormal: { p5: 1e13, p95: 1e14 } }, growthPerYear: 1 }),
    ],
  },
  'compute demand with a distributed law, overtraining and a schedule': {
    name: 'compute',
    startYear: 2024,
    horizonYear: 2090,
    demand: {
      mode: 'compute',
      flops0: { lognormal: { p5: 1e25, p95: 1e26 } },
      growthPerYear: [{ until: 2030, factor: { lognormal: { p5: 3, p95: 5 } } }, { factor: { uniform: { min: 1.2, max: 2.5 } } }],
      scalingLaw: { E: 1.7, A: { lognormal: { p5: 300, p95: 600 } }, B: { uniform: { min: 300, max: 2500 } }, alpha: { normal: { mean: 0.34, sd: 0.03 } }, beta: { triangular: { min: 0.25, mode: 0.3, max: 0.4 } } },
      overtraining: { loguniform: { min: 1, max: 10 } },
    },
    training: { maxEpochs: 4 },
    stocks: [stock('web'), stock('books', { tokens0: { lognormal: { p5: 1e12, p95: 1e13 } }, growthPerYear: [{ until: 2040, factor: 1.03 }, { factor: 1.0 }] })],
  },
  'weighted demand list mixing a trend, a preset law and a row table': {
    name: 'weighted',
    startYear: 2024,
    horizonYear: 2100,
    demand: [
      { mode: 'trend', weight: 1, tokens0: { lognormal: { p5: 1e13, p95: 2.5e13 } }, growthPerYear: { lognormal: { p5: 2, p95: 3.2 } } },
      { mode: 'compute', weight: 2, flops0: 5e25, growthPerYear: 4, scalingLaw: 'hoffmann2022', overtraining: 2 },
      { mode: 'compute', weight: 0.5, flops0: { lognormal: { p5: 1e25, p95: 1e26 } }, growthPerYear: { uniform: { min: 2, max: 5 } }, scalingLaw: { samples: 'law.csv' } },
    ],
    training: { maxEpochs: { uniform: { min: 1, max: 5 } }, rStar: 15.4 },
    stocks: [stock('web', { usableFraction: 0.3 }), stock('already', { tokens0: 1e12, growthPerYear: 1 })],
  },
  'fixed inputs only, with a row table': {
    name: 'fixed',
    startYear: 2024,
    horizonYear: 2060,
    demand: { mode: 'compute', flops0: 3e25, growthPerYear: 3, scalingLaw: { samples: 'law.csv' } },
    training: { maxEpochs: 2, rStar: 10 },
    stocks: [stock('web', { tokens0: 2e14, usableFraction: 0.5 })],
  },
  'uncertain break years on demand and a stock, one before startYear': {
    name: 'uncertain breaks',
    startYear: 2025,
    horizonYear: 2090,
    demand: {
      mode: 'compute', flops0: { lognormal: { p5: 1e25, p95: 1e26 } }, scalingLaw: 'chinchilla-20',
      growthPerYear: [
        { until: { triangular: { min: 2020, mode: 2026, max: 2027 } }, factor: 4 },
        { until: { uniform: { min: 2028, max: 2034 } }, factor: { lognormal: { p5: 3, p95: 6 } } },
        { factor: 1.5 },
      ],
    },
    stocks: [stock('web', { growthPerYear: [{ until: { uniform: { min: 2030, max: 2045 } }, factor: 1.1 }, { factor: 1.01 }] })],
  },
  'a trend demand drawn from trend samples': {
    name: 'trend samples',
    startYear: 2025,
    horizonYear: 2080,
    demand: { mode: 'trend', trend: { samples: 'frontier-runs-trend.csv' } },
    stocks: [stock('web')],
  },
  'correlated inputs of every simple kind': {
    name: 'correlated',
    startYear: 2025,
    horizonYear: 2090,
    demand: { mode: 'trend', tokens0: { lognormal: { p5: 5e12, p95: 2e13 } }, growthPerYear: { triangular: { min: 1.5, mode: 2.2, max: 3 } } },
    training: { maxEpochs: { uniform: { min: 1, max: 5 } } },
    stocks: [stock('web', { growthPerYear: { normal: { mean: 1.05, sd: 0.5 } }, usableFraction: { loguniform: { min: 0.1, max: 0.4 } } })],
    correlations: [
      { between: ['stocks[0].tokens0', 'stocks[0].growthPerYear'], rank: 0.6 },
      { between: ['demand.growthPerYear', 'training.maxEpochs'], rank: -0.4 },
      { between: ['stocks[0].tokens0', 'stocks[0].usableFraction'], rank: -0.3 },
    ],
  },
};

