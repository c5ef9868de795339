import { describe, expect, it } from 'vitest';
import { validateScenario } from '../scenario/validate-scenario.js';
import { compilePlan } from '../model/compile-plan.js';
import { SCENARIO_PRESETS } from '../presets/presets.js';
import { perSampleTable } from '../report/per-sample-table.js';
import { perSampleCsvBytes } from '../report/per-sample-csv.js';
import { perSampleColumns } from '../report/per-sample-columns.js';
import { pooledPerSample, type PerSampleChunk } from './pooled-per-sample.js';
import { threadPools } from './thread-pools.test-support.js';

const plan = compilePlan(validateScenario(SCENARIO_PRESETS['contract-example']));
const table = perSampleTable(plan, 11);
const poolOf = threadPools('sweep-worker');

async function collect(chunks: AsyncIterable<PerSampleChunk>): Promise<PerSampleChunk[]> {
  const all: PerSampleChunk[] = [];
  // Copied: a chunk's rows are valid only until the next chunk is asked for.
  for await (const chunk of chunks) all.push({ ...chunk, rows: chunk.rows.slice() });
  return all;
}

describe('pooledPerSample', () => {
  it.each([1, 2, 3])('yields the in-thread CSV bytes of every sample in order on %i threads', async (threads) => {
    const chunks = await collect(pooledPerSample(poolOf(threads), { plan, seed: 11, firstSample: 500, end: 5_000, format: 'csv', threads, taskSize: 333 }));
    expect(chunks.map((chunk) => chunk.firstSample)).toEqual(Array.from({ length: 14 }, (_, t) => 500 + 333 * t));
    expect(chunks.at(-1)!.count).toBe(5_000 - 500 - 13 * 333);
    // Buffer.equals: a deep toEqual over a megabyte of bytes takes seconds.
    expect(Buffer.concat(chunks.map((chunk) => chunk.rows as Uint8Array)).equals(perSampleCsvBytes(table, 500, 4_500))).toBe(true);
  });

  it('yields the in-thread columns of each task', async () => {
    const chunks = await collect(pooledPerSample(poolOf(2), { plan, seed: 11, firstSample: 0, end: 1_000, format: 'columns', threads: 2, taskSize: 400 }));
    expect(chunks.map((chunk) => [chunk.firstSample, chunk.count])).toEqual([[0, 400], [400, 400], [800, 200]]);
    for (const chunk of chunks) expect(chunk.rows).toEqual(perSampleColumns(table, chunk.firstSample, chunk.count));
  });

  it('reuses at most 2 × threads buffers, whatever the number of tasks', async () => {
    const seen = new Set<ArrayBufferLike>();
    for await (const chunk of pooledPerSample(poolOf(2), { plan, seed: 11, firstSample: 0, end: 3_000, format: 'columns', threads: 2, taskSize: 100 })) seen.add(chunk.rows.buffer);
    expect(seen.size).toBe(4);
  });

  it('yields nothing for an empty range', async () => {
    expect(await collect(pooledPerSample(poolOf(1), { plan, seed: 11, firstSample: 7, end: 7, format: 'csv', threads: 1 }))).toEqual([]);
  });

  it('ends with an error when the pool is terminated midway', async () => {
    const pool = poolOf(2);
    const chunks = pooledPerSample(pool, { plan, seed: 11, firstSample: 0, end: 1e7, format: 'csv', threads: 2, taskSize: 1_000 });
    await chunks.next();
    // Asking for the next chunk submits a task: one is pending when the pool ends, however loaded the machine.
    // (Had every task in flight finished first, the next exec would start the pool again: workerpool allows it.)
    const next = chunks.next();
    // The expectation is attached before the pool ends, so the rejection is handled the moment it happens.
    const rejected = expect(next.then(() => collect(chunks))).rejects.toThrow();
    await pool.terminate(true);
    await rejected;
  });

  it('ends with the signal\'s reason when aborted with no task pending, and starts no workers again', async () => {
    const pool = poolOf(1);
    const abort = new AbortController();
    const chunks = pooledPerSample(pool, { plan, seed: 11, firstSample: 0, end: 1e7, format: 'csv', threads: 1, taskSize: 1_000, signal: abort.signal });
    await chunks.next();
    // Every task in flight finishes: terminating the pool now rejects nothing.
    while (pool.stats().pendingTasks + pool.stats().activeTasks > 0) await new Promise((resolve) => setTimeout(resolve, 5));
    abort.abort(new Error('interrupted'));
    await pool.terminate(true);
    await expect(collect(chunks)).rejects.toThrow('interrupted');
    expect(pool.stats().totalWorkers).toBe(0);
  });
});
