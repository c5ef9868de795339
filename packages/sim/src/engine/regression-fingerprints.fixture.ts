import { sha256Hex } from '../math/sha256.js';
import { validateScenario } from '../scenario/validate-scenario.js';
import { compilePlan } from '../model/compile-plan.js';
import { SCENARIO_PRESETS } from '../presets/presets.js';
import { SENSITIVITY_SAMPLES, sensitivityInputs } from '../summary/sensitivity-accumulator.js';
import { sweepResult } from '../report/sweep-result.js';
import { eventIndices } from '../report/event-indices.js';
import { createSummary, type SummarySections } from '../summary/sweep-summary.js';
import { THIS_HORIZON } from '../version.js';
import { KernelEngine } from './kernel-engine.js';
import { ReferenceEngine } from './reference-engine.js';
import { runSweep } from './run-sweep.js';
import type { WasmModule } from './wasm-api.js';
import { AGREEMENT_SCENARIOS, LAW_ROWS } from './agreement-scenarios.fixture.js';

/**
 * Exact regression fingerprints (SHA-256, first 16 hex digits) of every preset and agreement scenario: the
 * kernel's summary and its JSON result without sections, with `--explain` (sensitivity and the event
 * indices, computed by the kernel as the CLI does: the reference's bytes, kernel-event-sensitivity.test.ts)
 * and with `--trajectories`, and per-sample years of the kernel and of the reference engine. Any change that
 * moves one byte of these moves a fingerprint; regression-fingerprints.test.ts compares them with the
 * committed regression-fingerprints.json, and `npm run fingerprints -w @horizon/sim` rewrites that file on
 * purpose (docs/performance.md).
 */

/** Samples per summary: more than one 65,536-sample block, with a partial last block. */
export const FINGERPRINT_SAMPLES = 70_001;
export const FINGERPRINT_SEED = 11;
/** Per-sample years: from a sample index above 2^32, so the counter's high bits count. */
const YEARS_FIRST = 2 ** 33 + 5;
const YEARS_COUNT = 2_000;
/** The result's provenance without the release version, so a version bump moves no fingerprint. */
const HORIZON = { ...THIS_HORIZON, version: 'fingerprint' };

const utf8 = new TextEncoder();
const hash = (data: string | Uint8Array): string => sha256Hex(typeof data === 'string' ? utf8.encode(data) : data).slice(0, 16);

/** JSON with typed arrays as arrays and non-finite numbers spelled out (summaries hold Infinity-free counts, but be exact). */
const serialise = (value: unknown): string =>
  JSON.stringify(value, (_key, x) => (ArrayBuffer.isView(x) ? Array.from(x as Float64Array) : typeof x === 'number' && !Number.isFinite(x) ? String(x) : x));

/** Every scenario fingerprinted, by name. */
export function fingerprintScenarios(): Record<string, unknown> {
  return { ...SCENARIO_PRESETS, ...AGREEMENT_SCENARIOS };
}

/** The fingerprints of one scenario, by label. */
export function scenarioFingerprints(module: WasmModule, scenario: unknown): Record<string, string> {
  const plan = compilePlan(validateScenario(scenario), { lawSamples: () => LAW_ROWS });
  const out: Record<string, string> = {};
  const variants: Array<[string, SummarySections]> = [
    ['plain', {}],
    ['explain', { sensitivityInputs: sensitivityInputs(plan) }],
    ['trajectories', { trajectories: true }],
  ];
  for (const [label, sections] of variants) {
    const summary = runSweep(plan, new KernelEngine(module, plan, FINGERPRINT_SEED, { sections }), FINGERPRINT_SAMPLES, undefined, sections);
    const events = summary.sensitivity ? eventIndices(plan, FINGERPRINT_SEED, module) : undefined;
    out[`summary ${label}`] = hash(serialise(summary));
    out[`result ${label}`] = hash(JSON.stringify(sweepResult(plan, FINGERPRINT_SEED, summary, HORIZON, events)));
  }
  // The sensitivity section adds only the samples below SENSITIVITY_SAMPLES: a summary across that end.
  const sections: SummarySections = { sensitivityInputs: sensitivityInputs(plan) };
  const across = createSummary(plan.startYear, plan.horizonYear, plan.stocks.length, sections);
  new KernelEngine(module, plan, FINGERPRINT_SEED, { sections }).runBlock(SENSITIVITY_SAMPLES - 40_001, 60_000, across);
  out['summary explain across the end'] = hash(serialise(across));
  const kernelYears = new KernelEngine(module, plan, FINGERPRINT_SEED, { yearsCapacity: 1000 }).sampleYears(YEARS_FIRST, YEARS_COUNT);
  out['years kernel'] = hash(new Uint8Array(kernelYears.buffer));
  const reference = new ReferenceEngine(plan, FINGERPRINT_SEED);
  const referenceYears = new Float64Array(YEARS_COUNT * plan.stocks.length);
  const one = new Float64Array(plan.stocks.length);
  for (let i = 0; i < YEARS_COUNT; i++) {
    reference.sampleYears(YEARS_FIRST + i, one);
    referenceYears.set(one, i * one.length);
  }
  out['years reference'] = hash(new Uint8Array(referenceYears.buffer));
  return out;
}

/** All fingerprints: scenario name → label → fingerprint. */
export function regressionFingerprints(module: WasmModule): Record<string, Record<string, string>> {
  const all: Record<string, Record<string, string>> = {};
  for (const [name, scenario] of Object.entries(fingerprintScenarios())) all[name] = scenarioFingerprints(module, scenario);
  return all;
}
