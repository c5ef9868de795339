/// <reference lib="webworker" />
import { BLOCK_SIZE, KernelEngine, ReferenceEngine, compilePlan, type Engine, type Plan, type Scenario, type SummarySections, type SweepSummary } from '@horizon/sim';
import { createSummary, summaryBuffers, runSweepTask, sensitivityInputs } from '@horizon/sim/internal';
import { sectionsThatFit } from './sections-that-fit.js';
import type { PointsReply, RunContext, WorkerReply, WorkerRequest } from './worker-messages.js';

/**
 * A Web Worker that runs blocks of samples on packages/sim's engines (the kernel's `KernelEngine`, or the
 * reference engine when the page has no kernel), as `runSweepTask` does (the unit of work of sim's worker pool,
 * which the what-if card's points requests still go through). It adds the blocks of a run straight into a
 * summary of its own, which it sends only when the page asks (a partial draw or the run's end), so the page
 * moves and merges a summary a few times a second rather than once per block, and a block costs no summary of
 * its own to make and merge. That summary belongs to one run: a block of another run starts afresh, so a
 * cancelled run's counts are dropped.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

/** The run this worker last got a block of: its scenario, engines (made at its first block of each kind) and counts held. */
interface CurrentRun {
  readonly runId: number;
  readonly scenario: Prepared;
  readonly context?: RunContext;
  /** The engine of the run's blocks, with the run's sections. */
  engine?: Engine;
  /** The engine of a preview block, without sections (see block-schedule.ts withPreview). */
  previewEngine?: Engine;
  held: SweepSummary | undefined;
}
let current: CurrentRun | undefined;

/**
 * A scenario's plan and the inputs of its sensitivity section (each input's bin edges, from its quantiles: a
 * few milliseconds to tens of them), kept for the next run: a seed edit, Rerun or another sample count runs the
 * same scenario, so only the first run after a scenario edit computes them. The section inputs are made when a
 * block first needs them, so a preview block (no sections) comes back without waiting for them.
 */
interface Prepared {
  readonly text: string;
  readonly plan: Plan;
  sensitivity?: SummarySections['sensitivityInputs'];
}
let prepared: Prepared | undefined;

function prepare(scenario: Scenario): Prepared {
  const text = JSON.stringify(scenario);
  if (prepared?.text !== text) prepared = { text, plan: compilePlan(scenario) };
  return prepared;
}

/**
 * The sections of a block: sensitivity when asked for and it fits (sections-that-fit.ts). Never the fan chart's
 * paths: the trajectory worker records those itself (trajectory-service.ts).
 */
function sectionsOf(scenario: Prepared, sensitivity: boolean): SummarySections {
  if (!sensitivity || !sectionsThatFit(scenario.plan).sensitivity) return {};
  scenario.sensitivity ??= sensitivityInputs(scenario.plan);
  return { sensitivityInputs: scenario.sensitivity };
}

/** An engine for the run's plan and seed, with `sections` laid out (as runSweepTask makes one per sweep). */
function makeEngine(run: CurrentRun, context: RunContext, sections: SummarySections): Engine {
  const { plan } = run.scenario;
  return context.kernel === undefined ? new ReferenceEngine(plan, context.seed) : new KernelEngine(context.kernel, plan, context.seed, { sections });
}

/**
 * The requests received and not handled yet. The page keeps more than one block in a worker's inbox (so it goes
 * on while the page's thread is busy), so each request is handled in a task of its own, after any message that
 * came in while the one before ran: a block of a newer run then drops the older run's still waiting here.
 */
const inbox: WorkerRequest[] = [];
let newestRun = 0;
const nextTask = new MessageChannel();
nextTask.port1.onmessage = () => {
  const request = inbox.shift();
  if (!request) return;
  // Each request gets its one reply, in order; a dropped block or flush's carries no counts.
  if (request.type !== 'points' && request.runId < newestRun) send({ type: 'block', runId: request.runId, preview: request.type === 'block' && request.preview, summary: undefined });
  else handle(request);
  if (inbox.length > 0) nextTask.port2.postMessage(null);
};

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  newestRun = Math.max(newestRun, request.runId);
  inbox.push(request);
  if (inbox.length === 1) nextTask.port2.postMessage(null);
};

function handle(request: WorkerRequest): void {
  try {
    if (request.type === 'flush') {
      const held = current?.runId === request.runId ? current.held : undefined;
      if (current?.runId === request.runId) current.held = undefined;
      send({ type: 'block', runId: request.runId, preview: false, summary: held });
      return;
    }
    if (request.type === 'points') {
      // What-if blocks run without sections; each comes back on its own, so nothing is held for the run.
      if (current?.runId !== request.runId) current = { runId: request.runId, scenario: prepare(request.scenario), held: undefined };
      const plan = current.scenario.plan;
      const summaries = request.blocks.map((block) =>
        runSweepTask({
          jobId: `${request.runId}`, engine: request.kernel === undefined ? 'reference' : 'kernel', module: request.kernel, plan,
          seed: request.seed, sections: {}, firstSample: block.first, count: block.count, overrides: block.overrides,
        }),
      );
      send({ type: 'points', runId: request.runId, summaries });
      return;
    }
    if (request.run) current = { runId: request.runId, scenario: prepare(request.run.scenario), context: request.run, held: undefined };
    const run = current;
    if (run?.runId !== request.runId || !run.context) throw new Error(`engine worker: block of run ${request.runId} without its scenario`);
    const { plan } = run.scenario;
    // A preview block runs without the sections, on an engine of its own, into a summary of its own.
    const sections = request.preview ? {} : sectionsOf(run.scenario, run.context.sensitivity);
    const engine = request.preview ? (run.previewEngine ??= makeEngine(run, run.context, sections)) : (run.engine ??= makeEngine(run, run.context, sections));
    const summary = request.preview ? createSummary(plan.startYear, plan.horizonYear, plan.stocks.length) : (run.held ??= createSummary(plan.startYear, plan.horizonYear, plan.stocks.length, sections));
    // Whole BLOCK_SIZE blocks at most per call, as runSweepTask: any split adds up to the same counts.
    const end = request.first + request.count;
    for (let first = request.first; first < end; first += BLOCK_SIZE) engine.runBlock(first, Math.min(BLOCK_SIZE, end - first), summary);
    if (request.preview) {
      send({ type: 'block', runId: request.runId, preview: true, summary });
      return;
    }
    const held = request.flush ? run.held : undefined;
    if (request.flush) run.held = undefined;
    send({ type: 'block', runId: request.runId, preview: false, summary: held });
  } catch (error) {
    send({ type: 'fault', runId: request.runId, message: (error as Error)?.message ?? String(error) });
  }
}

function send(reply: WorkerReply | PointsReply): void {
  // The summaries are not reused here: their buffers move to the page rather than being copied.
  scope.postMessage(reply, reply.type === 'fault' ? [] : summaryBuffers(reply.type === 'block' ? reply.summary : reply.summaries));
}
