import type { Plan } from '../model/plan.js';
import type { Engine } from '../engine/engine.js';
import { BLOCK_SIZE } from '../engine/engine.js';
import { KernelEngine } from '../engine/kernel-engine.js';
import { ReferenceEngine } from '../engine/reference-engine.js';
import type { WasmModule } from '../engine/wasm-api.js';
import { createSummary, type SummarySections, type SweepSummary } from '../summary/sweep-summary.js';
import type { SlotOverride } from '../model/slot-override.js';

/** Which engine computes the samples: the WebAssembly kernel, or the plain-TypeScript reference. */
export type EngineKind = 'kernel' | 'reference';

/**
 * One unit of worker work: samples [firstSample, firstSample + count), a whole number of BLOCK_SIZE blocks
 * (the last task may end early). Everything in it survives structured cloning, a WebAssembly.Module included,
 * so it can go to a Node worker thread or a Web Worker. The CLI's pool (run-pooled-sweep.ts) sends
 * PointsTasks (one or more what-if points over the same range) to worker threads; the web app's engine worker
 * makes one SweepTask per block from its own messages
 * (apps/web/src/compute/worker-messages.ts says why it has a protocol of its own).
 */
export interface SweepTask {
  /** Identifies the sweep, so a worker reuses its engine across the sweep's tasks. */
  readonly jobId: string;
  readonly engine: EngineKind;
  /** The compiled kernel; required when engine is 'kernel'. */
  readonly module?: WasmModule;
  readonly plan: Plan;
  readonly seed: number;
  readonly sections: SummarySections;
  readonly firstSample: number;
  readonly count: number;
  /** The what-if point's overrides (whatif/vary-grid.ts); none: the scenario as written. */
  readonly overrides?: readonly SlotOverride[];
}

let cached: { jobId: string; engine: Engine } | undefined;

/** The engine for a task's sweep, made once per worker per sweep. */
function engineFor(task: SweepTask): Engine {
  if (cached?.jobId !== task.jobId) {
    let engine: Engine;
    if (task.engine === 'kernel') {
      if (task.module === undefined) throw new Error('a kernel task needs the compiled WebAssembly module');
      engine = new KernelEngine(task.module, task.plan, task.seed, { sections: task.sections });
    } else {
      engine = new ReferenceEngine(task.plan, task.seed);
    }
    cached = { jobId: task.jobId, engine };
  }
  return cached.engine;
}

/**
 * Runs a task block by block into a fresh summary and returns it; `onBlock` gets the samples of each block
 * as it finishes (the pool's progress). Pure apart from the per-worker engine cache.
 */
export function runSweepTask(task: SweepTask, onBlock?: (samples: number) => void): SweepSummary {
  const engine = engineFor(task);
  // Data, not a new engine: every point of a what-if grid reuses the worker's compiled engine.
  engine.setOverrides(task.overrides ?? []);
  const summary = createSummary(task.plan.startYear, task.plan.horizonYear, task.plan.stocks.length, task.sections);
  const end = task.firstSample + task.count;
  for (let first = task.firstSample; first < end; first += BLOCK_SIZE) {
    const count = Math.min(BLOCK_SIZE, end - first);
    engine.runBlock(first, count, summary);
    onBlock?.(count);
  }
  return summary;
}

/** A task over several what-if points: the same samples for each point's overrides. */
export interface PointsTask extends Omit<SweepTask, 'overrides'> {
  readonly points: ReadonlyArray<readonly SlotOverride[]>;
}

/** Runs a task's samples once per point, on the worker's one engine; one summary per point, in order. */
export function runPointsTask(task: PointsTask, onBlock?: (samples: number) => void): SweepSummary[] {
  return task.points.map((overrides) => runSweepTask({ ...task, overrides }, onBlock));
}
