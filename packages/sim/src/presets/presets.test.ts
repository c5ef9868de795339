import { describe, expect, it } from 'vitest';
import { validateScenario } from '../scenario/validate-scenario.js';
import { compilePlan } from '../model/compile-plan.js';
import { ReferenceEngine } from '../engine/reference-engine.js';
import { runSweep } from '../engine/run-sweep.js';
import { sweepResult, type StockResult } from '../report/sweep-result.js';
import { SCENARIO_PRESETS, DEFAULT_PRESET, presetSummary } from './presets.js';
import { INTERVAL_END_TOLERANCE, PRESET_FIGURES, type PresetFigures } from './preset-figures.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FRONTIER_RUNS_TREND_CSV } from './frontier-runs-trend.js';
import { parseTrendRunsCsv } from '../trend/parse-trend-runs-csv.js';
import { trendFromRuns } from '../trend/trend-from-runs.js';
import { formatTrendDrawsCsv } from '../scenario/trend-draws-csv.js';

const dataFile = (name: string): string => fileURLToPath(new URL(`../../../../data/${name}`, import.meta.url));

/**
 * Each literature preset against the figure its paper published (PRESET_FIGURES; docs/presets/NAME.md gives the sources).
 * Tolerances are the issue's: the median within ±0.6 year (2022 presets) or ±1 year (2024 ones), the ends
 * of the published interval within ±1.5 years. 2e5 samples with a fixed seed keep each run near 0.3 s; at
 * that size a quantile's sampling error is below 0.02 year, far inside every tolerance.
 *
 * Interval levels differ by paper: Villalobos et al. 2022 publish 90% intervals (p5–p95), Villalobos et al.
 * 2024 80% intervals (p10–p90). A published whole year ("2028") names a date within that year; we compare
 * with its middle (2028.5).
 */
const SAMPLES = 200_000;
const SEED = 42;

const runs = new Map<string, Record<string, StockResult>>();

/** The preset's result at SAMPLES and SEED, computed once per file. */
function run(preset: string): Record<string, StockResult> {
  const cached = runs.get(preset);
  if (cached) return cached;
  const scenario = validateScenario(SCENARIO_PRESETS[preset]);
  const plan = compilePlan(scenario);
  const summary = runSweep(plan, new ReferenceEngine(plan, SEED), SAMPLES);
  const stocks = sweepResult(plan, SEED, summary).stocks;
  runs.set(preset, stocks);
  return stocks;
}

interface Published {
  readonly preset: string;
  readonly stock: string;
  readonly median: number;
  readonly medianTolerance: number;
  /** Published interval and the quantile keys it corresponds to, when the paper gives one. */
  readonly interval?: { readonly low: number; readonly high: number; readonly level: 'p5-p95' | 'p10-p90' };
}

/** A preset's published figure (PRESET_FIGURES, beside the presets) as the value a run is compared with. */
function published(preset: string, figures: PresetFigures): Published {
  const shift = figures.wholeYears ? 0.5 : 0;
  const interval = figures.published.interval;
  return {
    preset,
    stock: figures.stock,
    median: (figures.published.median as number) + shift,
    medianTolerance: figures.medianTolerance as number,
    interval: interval && { low: interval.low + shift, high: interval.high + shift, level: interval.level === 90 ? 'p5-p95' : 'p10-p90' },
  };
}

const compared = Object.entries(PRESET_FIGURES).filter(([, figures]) => figures.medianTolerance !== undefined);

/** Presets that reproduce their paper's figure (V24 §2.5's overtraining case is "one year earlier", about 2027, and has no interval). */
const REPRODUCED: readonly Published[] = compared.filter(([, figures]) => figures.verdict !== 'gap').map(([preset, figures]) => published(preset, figures));

/**
 * Presets whose faithful inputs do not reach the published figure (the paper's run cannot be rebuilt from
 * what is public). Each is asserted to miss, so that a change that closes the gap flips the test and gets
 * noticed; the gap itself is pinned by the next block and explained on the preset's page. (villalobos2022-lq:
 * the published code's own inputs give 2030.8; villalobos2024-compute: no compute-only figure is published,
 * and against V24's headline its p90, 2031.0, is 1.51 years short of 2032.5.)
 */
const KNOWN_GAPS: readonly Published[] = compared.filter(([, figures]) => figures.verdict === 'gap').map(([preset, figures]) => published(preset, figures));

/** Reproduced quantiles at SAMPLES and SEED (random stream 2), to 0.1 year: a changed input or engine shows up here. */
const PINNED: Readonly<Record<string, { stock: string; p5: number; p10: number; p50: number; p90: number; p95: number }>> = {
  'villalobos2022-hq': { stock: 'high-quality', p5: 2023.15, p10: 2023.34, p50: 2024.05, p90: 2024.87, p95: 2025.13 },
  'villalobos2022-lq': { stock: 'low-quality', p5: 2027.2, p10: 2027.71, p50: 2030.74, p90: 2036.24, p95: 2037.68 },
  villalobos2024: { stock: 'indexed-web', p5: 2026.88, p10: 2027.31, p50: 2029.03, p90: 2031.08, p95: 2031.75 },
  // 5x overtraining on the compute-based projection only (V24 fn. 23); the historical trend is unchanged.
  'villalobos2024-overtrain5x': { stock: 'indexed-web', p5: 2026.1, p10: 2026.6, p50: 2028.45, p90: 2030.62, p95: 2031.33 },
  'villalobos2024-fitted-trend': { stock: 'indexed-web', p5: 2026.71, p10: 2027.07, p50: 2028.47, p90: 2030.35, p95: 2031.02 },
  'villalobos2024-compute': { stock: 'indexed-web', p5: 2026.81, p10: 2027.27, p50: 2029.0, p90: 2030.97, p95: 2031.61 },
};

function expectReproduces(stocks: Record<string, StockResult>, published: Published): void {
  const { quantiles } = stocks[published.stock];
  expect(Math.abs((quantiles.p50 as number) - published.median)).toBeLessThanOrEqual(published.medianTolerance);
  if (published.interval) {
    const [lowKey, highKey] = published.interval.level === 'p5-p95' ? (['p5', 'p95'] as const) : (['p10', 'p90'] as const);
    expect(Math.abs((quantiles[lowKey] as number) - published.interval.low)).toBeLessThanOrEqual(INTERVAL_END_TOLERANCE);
    expect(Math.abs((quantiles[highKey] as number) - published.interval.high)).toBeLessThanOrEqual(INTERVAL_END_TOLERANCE);
  }
}

describe('scenario presets', () => {
  it.each(Object.keys(SCENARIO_PRESETS))('preset %s is a valid scenario whose name is its key and which has a description', (name) => {
    const scenario = validateScenario(SCENARIO_PRESETS[name]);
    expect(scenario.name).toBe(name);
    expect(presetSummary(name).length).toBeGreaterThan(20);
  });

  it('the default preset exists and has the inputs of villalobos2024', () => {
    const { name: _d, description: _dd, ...defaultInputs } = SCENARIO_PRESETS[DEFAULT_PRESET] as Record<string, unknown>;
    const { name: _v, description: _vd, ...v24Inputs } = SCENARIO_PRESETS.villalobos2024 as Record<string, unknown>;
    expect(defaultInputs).toEqual(v24Inputs);
  });

  it.each(REPRODUCED)('$preset reproduces the published median ($median ± $medianTolerance) and interval ends (± 1.5)', (published) => {
    expectReproduces(run(published.preset), published);
  });

  it.fails.each(KNOWN_GAPS)('$preset misses the published figure (a known, documented gap)', (published) => {
    expectReproduces(run(published.preset), published);
  });

  it.each(Object.entries(PINNED))('%s gives its documented quantiles to 0.1 year', (preset, pinned) => {
    const { quantiles } = run(preset)[pinned.stock];
    for (const key of ['p5', 'p10', 'p50', 'p90', 'p95'] as const) expect(Math.abs((quantiles[key] as number) - pinned[key])).toBeLessThanOrEqual(0.1);
  });

  it('villalobos2024-fitted-trend\'s embedded draws are what `horizon trend data/frontier-runs.csv --bootstrap 1000 --seed 42` writes', () => {
    const runs = parseTrendRunsCsv(readFileSync(dataFile('frontier-runs.csv'), 'utf8'), 'frontier-runs.csv');
    const csv = formatTrendDrawsCsv(trendFromRuns(runs, 1000, 42, 'frontier-runs.csv').draws);
    expect(FRONTIER_RUNS_TREND_CSV).toBe(csv);
    expect(readFileSync(dataFile('frontier-runs-trend.csv'), 'utf8')).toBe(csv);
  });

  it('every preset gives each stock, demand model and uncertain input a source', () => {
    for (const [name, preset] of Object.entries(SCENARIO_PRESETS)) {
      const scenario = preset as Record<string, any>;
      expect(scenario.source, name).toBeTypeOf('string');
      if (name === 'contract-example') continue;
      const models = Array.isArray(scenario.demand) ? scenario.demand : [scenario.demand];
      for (const item of [...models, ...scenario.stocks]) expect(item.source, `${name}: ${item.name ?? item.mode}`).toBeTypeOf('string');
      const dists = [...models.flatMap((m: any) => [m.tokens0, m.flops0, m.growthPerYear]), ...scenario.stocks.flatMap((s: any) => [s.tokens0, s.growthPerYear, s.usableFraction])];
      for (const dist of dists.flat()) {
        if (dist === undefined) continue;
        const value = dist.factor ?? dist;
        if (typeof value === 'object') expect(value.source, `${name}: ${JSON.stringify(value).slice(0, 60)}`).toBeTypeOf('string');
      }
    }
  });

  it('xue2023-palm: the 10.8T tokens of a compute-optimal PaLM-540B already exceed the 9T stock in 2023', () => {
    const { quantiles, pAlready } = run('xue2023-palm')['high-quality'];
    expect(pAlready).toBe(1);
    expect(quantiles.p50).toBe(2023);
  });
});
