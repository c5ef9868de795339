import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { kernelWasmUrl } from '@horizon/core-wasm';
import { validateScenario } from '../scenario/validate-scenario.js';
import { compilePlan } from '../model/compile-plan.js';
import { SCENARIO_PRESETS } from '../presets/presets.js';
import { KernelEngine } from '../engine/kernel-engine.js';
import { ReferenceEngine } from '../engine/reference-engine.js';
import { runSweep } from '../engine/run-sweep.js';
import { BLOCK_SIZE } from '../engine/engine.js';
import { compileWasmModuleSync } from '../engine/wasm-api.js';
import { runPooledPoints, runPooledSweep } from './run-pooled-sweep.js';
import { parseVary } from '../whatif/parse-vary.js';
import { resolveVary } from '../whatif/resolve-vary.js';
import { varyGrid } from '../whatif/vary-grid.js';
import { runVarySweep } from '../whatif/run-vary-sweep.js';
import { threadPools } from './thread-pools.test-support.js';

const module = compileWasmModuleSync(readFileSync(fileURLToPath(kernelWasmUrl)));
const plan = compilePlan(validateScenario(SCENARIO_PRESETS['contract-example']));
const poolOf = threadPools('sweep-worker');

describe('runPooledSweep', () => {
  const samples = 9 * BLOCK_SIZE + 4321;
  const inThread = runSweep(plan, new KernelEngine(module, plan, 42), samples);

  it.each([1, 2, 3, 8])('gives the in-thread kernel summary on %i threads', async (threads) => {
    const summary = await runPooledSweep(poolOf(threads), { plan, seed: 42, samples, engine: 'kernel', module, threads });
    expect(summary).toEqual(inThread);
  });

  it('runs the reference engine too, with the reference engine\'s counts', async () => {
    const reference = runSweep(plan, new ReferenceEngine(plan, 5), 3 * BLOCK_SIZE);
    const summary = await runPooledSweep(poolOf(2), { plan, seed: 5, samples: 3 * BLOCK_SIZE, engine: 'reference', threads: 2 });
    expect(summary).toEqual(reference);
  });

  it('reports progress up to the sample count', async () => {
    const seen: number[] = [];
    await runPooledSweep(poolOf(2), { plan, seed: 1, samples, engine: 'kernel', module, threads: 2, onProgress: (done) => seen.push(done) });
    expect(seen.at(-1)).toBe(samples);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it('stops at once and rejects when aborted', async () => {
    const controller = new AbortController();
    // No clock in the test: a sweep that ignored the signal would draw 1e10 samples for hours and fail on the
    // test's time-out instead of rejecting.
    const run = runPooledSweep(poolOf(2), { plan, seed: 1, samples: 1e10, engine: 'kernel', module, threads: 2, signal: controller.signal });
    setTimeout(() => controller.abort(new Error('stop')), 200);
    await expect(run).rejects.toThrow('stop');
  });
});

describe('runPooledPoints', () => {
  // 37 points of one part-block each: a task runs 3 points on 1 thread, 2 on 2 and 1 on 3 (pointsPerTask).
  const points = varyGrid([resolveVary(plan, parseVary('stocks[0].tokens0*=0.5..2:37:log'))]);
  const samples = 2999;
  const inThread = runVarySweep(plan, new KernelEngine(module, plan, 6), samples, points);

  it.each([1, 2, 3])('gives each point the in-thread summary, in point order, on %i threads', async (threads) => {
    const handed: number[] = [];
    const summaries: unknown[] = [];
    await runPooledPoints(poolOf(threads), {
      plan, seed: 6, samples, engine: 'kernel', module, threads, points: points.map((p) => p.overrides),
      onPoint: (point, summary) => {
        handed.push(point);
        summaries.push(summary);
      },
    });
    expect(handed).toEqual(points.map((_, k) => k));
    expect(summaries).toEqual(inThread);
    const kept = await runPooledPoints(poolOf(threads), { plan, seed: 6, samples, engine: 'kernel', module, threads, points: points.map((p) => p.overrides) });
    expect(kept).toEqual(inThread);
  });

  it('gives each point an empty summary for no samples (an empty shard), through onPoint when it is given', async () => {
    const overrides = points.slice(0, 3).map((p) => p.overrides);
    const empty = runSweep(plan, new KernelEngine(module, plan, 6), 0);
    const handed: [number, unknown][] = [];
    const kept = await runPooledPoints(poolOf(1), {
      plan, seed: 6, samples: 0, firstSample: 3 * BLOCK_SIZE, engine: 'kernel', module, threads: 1, points: overrides,
      onPoint: (point, summary) => handed.push([point, summary]),
    });
    expect(kept).toEqual([]);
    expect(handed).toEqual([[0, empty], [1, empty], [2, empty]]);
    expect(await runPooledPoints(poolOf(1), { plan, seed: 6, samples: 0, engine: 'kernel', module, threads: 1, points: overrides })).toEqual([empty, empty, empty]);
  });
});
