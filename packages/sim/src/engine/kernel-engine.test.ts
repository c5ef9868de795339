import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { kernelWasmUrl } from '@horizon/core-wasm';
import { kernelDebugWasmUrl } from '@horizon/core-wasm/debug';
import { validateScenario } from '../scenario/validate-scenario.js';
import { compilePlan } from '../model/compile-plan.js';
import type { Plan } from '../model/plan.js';
import { SCENARIO_PRESETS } from '../presets/presets.js';
import { sweepResult } from '../report/sweep-result.js';
import { ReferenceEngine } from './reference-engine.js';
import { KernelEngine } from './kernel-engine.js';
import { runSweep } from './run-sweep.js';
import { compileWasmModuleSync } from './wasm-api.js';
import { AGREEMENT_SCENARIOS, LAW_ROWS } from './agreement-scenarios.fixture.js';
import { SENSITIVITY_SAMPLES, sensitivityInputs } from '../summary/sensitivity-accumulator.js';
import { createSummary, type SummarySections, type SweepSummary } from '../summary/sweep-summary.js';

const kernelModule = compileWasmModuleSync(readFileSync(fileURLToPath(kernelWasmUrl)));

function planOf(scenario: unknown): Plan {
  return compilePlan(validateScenario(scenario), { lawSamples: () => LAW_ROWS });
}

/** Largest |kernel − reference| over samples [first, first + count), with "never" equal only to "never". */
function largestYearDifference(plan: Plan, seed: number, first: number, count: number): number {
  const reference = new ReferenceEngine(plan, seed);
  const kernelYears = new KernelEngine(kernelModule, plan, seed, { yearsCapacity: 1000 }).sampleYears(first, count);
  const years = new Float64Array(plan.stocks.length);
  let largest = 0;
  for (let i = 0; i < count; i++) {
    reference.sampleYears(first + i, years);
    for (let s = 0; s < years.length; s++) {
      const kernel = kernelYears[i * years.length + s];
      const difference = kernel === years[s] ? 0 : Math.abs(kernel - years[s]);
      largest = Math.max(largest, Number.isNaN(difference) ? Infinity : difference);
    }
  }
  return largest;
}

/** The seed and sample count of the sweeps with every section that the summary and section checks share. */
const SECTIONS_SEED = 4;
// Not a multiple of BLOCK_SIZE, so a partial block and the fold at its end are exercised.
const SECTIONS_SAMPLES = 150_001;

/**
 * Both engines' sweep of a scenario with trajectories and sensitivity on: the section check compares them, and
 * the summary check compares the reference's counts with the kernel's sweep without sections. The reference engine at 150,001 samples is most of this file's time, so each
 * scenario's pair is computed once, by whichever of the two checks asks first, and let go when the other has it
 * (a pair holds up to 8,192 recorded paths per engine).
 */
type SectionSweeps = { plan: Plan; reference: SweepSummary; kernel: SweepSummary };
const sectionSweeps = new Map<string, { sweeps: SectionSweeps; taken: number }>();
function sweepsWithSections(name: string, scenario: unknown): SectionSweeps {
  let entry = sectionSweeps.get(name);
  if (!entry) {
    const plan = planOf(scenario);
    const sections: SummarySections = { trajectories: true, sensitivityInputs: sensitivityInputs(plan) };
    const reference = runSweep(plan, new ReferenceEngine(plan, SECTIONS_SEED), SECTIONS_SAMPLES, undefined, sections);
    const kernel = runSweep(plan, new KernelEngine(kernelModule, plan, SECTIONS_SEED, { sections }), SECTIONS_SAMPLES, undefined, sections);
    entry = { sweeps: { plan, reference, kernel }, taken: 0 };
    sectionSweeps.set(name, entry);
  }
  if (++entry.taken === 2) sectionSweeps.delete(name);
  return entry.sweeps;
}

const cases: Array<[string, unknown]> = [
  ...Object.entries(SCENARIO_PRESETS).map(([name, scenario]): [string, unknown] => [`preset ${name}`, scenario]),
  ...Object.entries(AGREEMENT_SCENARIOS),
];

describe('KernelEngine agrees with ReferenceEngine', () => {
  it.each(cases)('per-sample exhaustion years of %s agree within 1e-9 year', (_name, scenario) => {
    const plan = planOf(scenario);
    expect(largestYearDifference(plan, 7, 0, 3000)).toBeLessThanOrEqual(1e-9);
    // Far sample indices exercise the counter's high bits.
    expect(largestYearDifference(plan, 2 ** 40 + 3, 2 ** 43, 500)).toBeLessThanOrEqual(1e-9);
  });

  it.each(cases)('summaries of %s give the same quantiles at 0.01-year resolution', (name, scenario) => {
    // The reference's counts are those of its sweep with sections; the kernel runs without them, its plain path.
    const { plan, reference: referenceSummary } = sweepsWithSections(name, scenario);
    const names = plan.stocks.map((s) => s.name);
    const reference = sweepResult(plan, SECTIONS_SEED, referenceSummary);
    const kernel = sweepResult(plan, SECTIONS_SEED, runSweep(plan, new KernelEngine(kernelModule, plan, SECTIONS_SEED), SECTIONS_SAMPLES));
    for (const name of names) {
      const ref = reference.stocks[name];
      const got = kernel.stocks[name];
      for (const key of Object.keys(ref.quantiles) as Array<keyof typeof ref.quantiles>) {
        const a = ref.quantiles[key];
        const b = got.quantiles[key];
        if (a === null || b === null) expect(b).toBe(a);
        else expect(Math.abs(a - b)).toBeLessThanOrEqual(0.01 + 1e-9);
      }
      expect(got.pNever).toBeCloseTo(ref.pNever, 5);
      expect(got.pAlready).toBeCloseTo(ref.pAlready, 5);
    }
  });

  it('is the same model in the debug build, which keeps asserts', () => {
    const debugModule = compileWasmModuleSync(readFileSync(fileURLToPath(kernelDebugWasmUrl)));
    const plan = planOf(AGREEMENT_SCENARIOS['weighted demand list mixing a trend, a preset law and a row table']);
    const release = new KernelEngine(kernelModule, plan, 8).sampleYears(0, 2000);
    expect(new KernelEngine(debugModule, plan, 8).sampleYears(0, 2000)).toEqual(release);
  });

  it('adds into an existing summary and counts its samples, as the reference does', () => {
    const plan = planOf(SCENARIO_PRESETS['contract-example']);
    const kernel = runSweep(plan, new KernelEngine(kernelModule, plan, 11), 70_000);
    const reference = runSweep(plan, new ReferenceEngine(plan, 11), 70_000);
    expect(kernel.samples).toBe(70_000);
    kernel.stocks.forEach((counts, s) => {
      expect(counts.already + counts.never + counts.bins.reduce((a, b) => a + b, 0)).toBe(70_000);
      // Bins may differ only where a year sits within 1e-9 of a bin edge: at most a handful of samples.
      let moved = 0;
      counts.bins.forEach((n, j) => (moved += Math.abs(n - reference.stocks[s].bins[j])));
      expect(moved).toBeLessThanOrEqual(4);
    });
  });
});

describe('KernelEngine computes the optional summary sections as the reference does', () => {
  it.each(cases)('trajectories and sensitivity of %s', (name, scenario) => {
    const { reference, kernel } = sweepsWithSections(name, scenario);
    // The paths are recorded by the same reference code whichever engine runs the block.
    expect(kernel.trajectories!.recorded).toBe(reference.trajectories!.recorded);
    expect(kernel.trajectories!.data).toEqual(reference.trajectories!.data);
    const k = kernel.sensitivity!;
    const r = reference.sensitivity!;
    expect(differingCounts(k.count, r.count)).toBeLessThanOrEqual(4);
    expect(differingCounts(k.never, r.never)).toBeLessThanOrEqual(4);
    for (const key of ['sumQ', 'sumQ2', 'totalQ', 'totalQ2'] as const) {
      for (let j = 0; j < r[key].length; j += 2) {
        const relative = Math.abs(limb(k[key], j) - limb(r[key], j)) / Math.max(1, limb(r[key], j));
        expect(relative).toBeLessThan(1e-6);
      }
    }
  });

  it.each([['preset default', SCENARIO_PRESETS.default], ...Object.entries(AGREEMENT_SCENARIOS).slice(0, 3)])(
    'sensitivity of %s adds the samples below SENSITIVITY_SAMPLES only, a kernel block across that end cut there',
    (_name, scenario) => {
      const plan = planOf(scenario);
      const sections: SummarySections = { sensitivityInputs: sensitivityInputs(plan) };
      const summaryOf = (engine: ReferenceEngine | KernelEngine, ranges: Array<[number, number]>): SweepSummary => {
        const summary = createSummary(plan.startYear, plan.horizonYear, plan.stocks.length, sections);
        for (const [first, count] of ranges) engine.runBlock(first, count, summary);
        return summary;
      };
      // 1,000 samples below the end, not a multiple of the kernel's lanes, then 1,500 past it.
      const first = SENSITIVITY_SAMPLES - 1000;
      const reference = summaryOf(new ReferenceEngine(plan, 9), [[first, 2500]]);
      const kernel = summaryOf(new KernelEngine(kernelModule, plan, 9, { sections }), [[first, 2500]]);
      const kernelBelow = summaryOf(new KernelEngine(kernelModule, plan, 9, { sections }), [[first, 1000]]);
      // The same range as a block below the end and one wholly past it (whose section the engine skips).
      const kernelSplit = summaryOf(new KernelEngine(kernelModule, plan, 9, { sections }), [[first, 1000], [SENSITIVITY_SAMPLES, 1500]]);
      for (const key of ['count', 'never', 'sumQ', 'sumQ2', 'totalQ', 'totalQ2'] as const) {
        expect(kernel.sensitivity![key]).toEqual(kernelBelow.sensitivity![key]);
        expect(kernelSplit.sensitivity![key]).toEqual(kernelBelow.sensitivity![key]);
      }
      expect(differingCounts(kernel.sensitivity!.count, reference.sensitivity!.count)).toBeLessThanOrEqual(2);
      const counted = kernel.sensitivity!.count.reduce((a, b) => a + b, 0);
      const binned = sections.sensitivityInputs!.filter((input) => input.edges.length > 0).length;
      expect(counted).toBe(1000 * binned * plan.stocks.length);
      // The counts still take every sample.
      kernel.stocks.forEach((counts) => expect(counts.already + counts.never + counts.bins.reduce((a, b) => a + b, 0)).toBe(2500));
    },
  );

  it('refuses a summary with a section it was not made for', () => {
    const plan = planOf(SCENARIO_PRESETS['contract-example']);
    expect(() => runSweep(plan, new KernelEngine(kernelModule, plan, 1), 10, undefined, { trajectories: true })).toThrow(/section/);
  });
});

/** Σ|a − b| over two count arrays: the number of samples counted in a different cell, times two. */
function differingCounts(a: Float64Array, b: Float64Array): number {
  let total = 0;
  for (let j = 0; j < a.length; j++) total += Math.abs(a[j] - b[j]);
  return total / 2;
}

function limb(limbs: Float64Array, j: number): number {
  return limbs[j] * 2 ** 32 + limbs[j + 1];
}

describe('yearly cdf at an exact whole-year crossing', () => {
  // ln gap −1 closed at 1 per year: every sample crosses at exactly 2026.0.
  const exact = {
    name: 'exact crossing', startYear: 2025, horizonYear: 2030,
    demand: { mode: 'trend', tokens0: 1, growthPerYear: Math.E },
    stocks: [{ name: 'web', tokens0: Math.E, growthPerYear: 1 }],
  };
  it.each(['reference', 'kernel'])('the %s engine gives cdf(2026) = 1', (engine) => {
    const plan = planOf(exact);
    const run = engine === 'kernel' ? new KernelEngine(kernelModule, plan, 1) : new ReferenceEngine(plan, 1);
    const result = sweepResult(plan, 1, runSweep(plan, run, 100));
    expect(result.stocks.web.cdf.map((c) => c.p)).toEqual([0, 1, 1, 1, 1, 1]);
  });
});

describe('schedule segments ending at or before startYear', () => {
  const withGrowth = (growthPerYear: unknown) => ({
    name: 'early segments', startYear: 2025, horizonYear: 2060,
    demand: { mode: 'trend', tokens0: { lognormal: { p5: 5e12, p95: 2e13 } }, growthPerYear },
    stocks: [{ name: 'web', tokens0: { lognormal: { p5: 1e14, p95: 1e15 } }, growthPerYear: [{ until: 2000, factor: 3 }, { until: 2025, factor: 3 }, { factor: 1.05 }] }],
  });
  // Fixed: with one random sub-stream per input, a drawn factor's stream follows its segment index.
  const later = 2.2;
  it.each(['reference', 'kernel'])('are ignored by the %s engine: years equal those of the schedule without them', (engine) => {
    const early = planOf(withGrowth([{ until: 2024, factor: 40 }, { until: 2025, factor: 40 }, { until: 2030, factor: later }, { factor: 1.3 }]));
    const plain = planOf({ ...withGrowth([{ until: 2030, factor: later }, { factor: 1.3 }]), stocks: [{ name: 'web', tokens0: { lognormal: { p5: 1e14, p95: 1e15 } }, growthPerYear: 1.05 }] });
    const yearsOf = (plan: Plan): Float64Array => {
      if (engine === 'kernel') return new KernelEngine(kernelModule, plan, 5, { yearsCapacity: 2000 }).sampleYears(0, 2000);
      const out = new Float64Array(2000);
      const reference = new ReferenceEngine(plan, 5);
      const one = new Float64Array(1);
      for (let i = 0; i < 2000; i++) (reference.sampleYears(i, one), (out[i] = one[0]));
      return out;
    };
    expect(yearsOf(early)).toEqual(yearsOf(plain));
  });
});

describe('every loop of the kernel ends', () => {
  it('a truncated normal that cannot land in its range (past validation, which refuses it) stops at the draw budget instead of hanging', () => {
    // Only 1e-300 of a normal with mean −40 sd 1 is > 0: validation refuses this, so compile it unvalidated.
    const scenario = structuredClone(SCENARIO_PRESETS['contract-example']) as Record<string, any>;
    scenario.stocks[0].growthPerYear = { normal: { mean: -40, sd: 1 } };
    const plan = compilePlan(scenario as never);
    expect(() => new KernelEngine(kernelModule, plan, 1).sampleYears(0, 1)).toThrow(/more than 1048576 random draws/);
    expect(() => new ReferenceEngine(plan, 1).sampleYears(0, new Float64Array(plan.stocks.length))).toThrow(/more than 1048576 random draws/);
  });
});
