/// <reference lib="webworker" />
import { compilePlan, runSweepTask, sensitivityInputs, type Plan, type SummarySections } from '@horizon/sim';
import type { BlockRequest, WorkerReply } from './worker-messages.js';

/**
 * A Web Worker that runs blocks of samples with packages/sim's `runSweepTask` (the unit of work of its worker
 * pool: the kernel's `KernelEngine`, or the reference engine when the page has no kernel) and posts back each
 * block's summary. The plan and its sections are made once per run; runSweepTask keeps the engine per job.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
let current: { runId: number; plan: Plan; sections: SummarySections } | undefined;

scope.onmessage = (event: MessageEvent<BlockRequest>) => {
  const request = event.data;
  try {
    if (current?.runId !== request.runId) {
      const plan = compilePlan(request.scenario);
      // The same sections as `horizon sweep --trajectories --explain`: sensitivity bins come from the plan alone.
      const sections: SummarySections = {
        trajectories: request.sections.trajectories,
        sensitivityInputs: request.sections.sensitivity ? sensitivityInputs(plan) : undefined,
      };
      current = { runId: request.runId, plan, sections };
    }
    const { plan, sections } = current;
    const summary = runSweepTask({
      // A preview block runs without the sections, so it is a job of its own with its own engine.
      jobId: `${request.runId}${request.preview ? ':preview' : ''}`,
      engine: request.kernel === undefined ? 'reference' : 'kernel',
      module: request.kernel,
      plan,
      seed: request.seed,
      sections: request.preview ? {} : sections,
      firstSample: request.first,
      count: request.count,
    });
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
