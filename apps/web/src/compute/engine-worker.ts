/// <reference lib="webworker" />
import { compilePlan, mergeSummary, type Plan, type SummarySections, type SweepSummary } from '@horizon/sim';
import { summaryBuffers, runSweepTask, sensitivityInputs } from '@horizon/sim/internal';
import { sectionsThatFit } from './sections-that-fit.js';
import type { PointsReply, WorkerReply, WorkerRequest } from './worker-messages.js';

/**
 * A Web Worker that runs blocks of samples with packages/sim's `runSweepTask` (the unit of work of its worker
 * pool: the kernel's `KernelEngine`, or the reference engine when the page has no kernel). It adds the blocks of
 * a run into a summary of its own and sends it only when the page asks (a partial draw or the run's end), so the
 * page moves and merges a summary a few times a second rather than once per block. The plan, its sections and
 * that summary belong to one run: a block of another run starts afresh, so a cancelled run's counts are dropped.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
let current: { runId: number; plan: Plan; sections: SummarySections; held: SweepSummary | undefined } | undefined;

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  try {
    if (request.type === 'flush') {
      const held = current?.runId === request.runId ? current.held : undefined;
      if (current?.runId === request.runId) current.held = undefined;
      send({ type: 'block', runId: request.runId, preview: false, summary: held });
      return;
    }
    if (request.type === 'points') {
      // What-if blocks run without sections; each comes back on its own, so nothing is held for the run.
      if (current?.runId !== request.runId) current = { runId: request.runId, plan: compilePlan(request.scenario), sections: {}, held: undefined };
      const plan = current.plan;
      const summaries = request.blocks.map((block) =>
        runSweepTask({
          jobId: `${request.runId}`, engine: request.kernel === undefined ? 'reference' : 'kernel', module: request.kernel, plan,
          seed: request.seed, sections: {}, firstSample: block.first, count: block.count, overrides: block.overrides,
        }),
      );
      send({ type: 'points', runId: request.runId, summaries });
      return;
    }
    if (current?.runId !== request.runId) {
      const plan = compilePlan(request.scenario);
      // The sections asked for that fit; sensitivity bins come from the plan alone.
      const fit = sectionsThatFit(plan);
      const sections: SummarySections = {
        trajectories: request.sections.trajectories && fit.trajectories,
        sensitivityInputs: request.sections.sensitivity && fit.sensitivity ? sensitivityInputs(plan) : undefined,
      };
      current = { runId: request.runId, plan, sections, held: undefined };
    }
    const run = current;
    const summary = runSweepTask({
      // A preview block runs without the sections, so it is a job of its own with its own engine.
      jobId: `${request.runId}${request.preview ? ':preview' : ''}`,
      engine: request.kernel === undefined ? 'reference' : 'kernel',
      module: request.kernel,
      plan: run.plan,
      seed: request.seed,
      sections: request.preview ? {} : run.sections,
      firstSample: request.first,
      count: request.count,
      overrides: request.overrides,
    });
    if (request.preview) {
      send({ type: 'block', runId: request.runId, preview: true, summary });
      return;
    }
    if (run.held) mergeSummary(run.held, summary);
    else run.held = summary;
    const held = request.flush ? run.held : undefined;
    if (request.flush) run.held = undefined;
    send({ type: 'block', runId: request.runId, preview: false, summary: held });
  } catch (error) {
    send({ type: 'fault', runId: request.runId, message: (error as Error)?.message ?? String(error) });
  }
};

function send(reply: WorkerReply | PointsReply): void {
  // The summaries are not reused here: their buffers move to the page rather than being copied.
  scope.postMessage(reply, reply.type === 'fault' ? [] : summaryBuffers(reply.type === 'block' ? reply.summary : reply.summaries));
}
