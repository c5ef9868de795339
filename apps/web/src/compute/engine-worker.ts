/// <reference lib="webworker" />
import { compilePlan, createSummary, sensitivityInputs, type Engine, type Plan, type SummarySections } from '@horizon/sim';
import { createEngine } from './create-engine.js';
import type { BlockRequest, WorkerReply } from './worker-messages.js';

/**
 * A Web Worker that runs blocks of samples on an `Engine` and posts back each block's summary. The plan and
 * engine are built once per run and kept while blocks of the same run arrive.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
let current: { key: string; plan: Plan; engine: Engine; sections: SummarySections } | undefined;

scope.onmessage = (event: MessageEvent<BlockRequest>) => {
  const request = event.data;
  try {
    const key = `${request.runId}${request.preview ? ':preview' : ''}`;
    if (current?.key !== key) {
      const plan = compilePlan(request.scenario);
      // The same sections as `horizon sweep --trajectories --explain`: sensitivity bins come from the plan alone.
      const sections: SummarySections = request.preview
        ? {}
        : { trajectories: request.sections.trajectories, sensitivityInputs: request.sections.sensitivity ? sensitivityInputs(plan) : undefined };
      current = { key, plan, engine: createEngine(plan, request.seed, sections, request.kernel), sections };
    }
    const { plan, engine, sections } = current;
    const summary = createSummary(plan.startYear, plan.horizonYear, plan.stocks.length, sections);
    engine.runBlock(request.first, request.count, summary);
    const reply: WorkerReply = { type: 'block', runId: request.runId, preview: request.preview, summary };
    scope.postMessage(reply, transferables(summary));
  } catch (error) {
    const reply: WorkerReply = { type: 'fault', runId: request.runId, message: (error as Error)?.message ?? String(error) };
    scope.postMessage(reply);
  }
};

/** Every typed array's buffer in the summary, moved rather than copied (the summary is not reused). */
function transferables(value: unknown, found = new Set<ArrayBuffer>()): ArrayBuffer[] {
  if (ArrayBuffer.isView(value)) found.add(value.buffer as ArrayBuffer);
  else if (Array.isArray(value)) value.forEach((item) => transferables(item, found));
  else if (value !== null && typeof value === 'object') Object.values(value).forEach((item) => transferables(item, found));
  return [...found];
}
