import type { Scenario } from '@horizon/sim';
import type { EventSensitivityResult, TrajectoriesResult, TrajectoryRecords } from '@horizon/sim/internal';
import type { TrajectoryJob } from './trajectory-worker.js';

type Job = TrajectoryJob & { readonly drop: () => void };

/**
 * The result's slower extra parts, computed in a worker of their own (trajectory-worker.ts): the fan chart's
 * quantiles and the event indices of `--explain`. Each `request…` returns the part if it is known, and
 * otherwise starts computing it (once per input) and calls `onReady` when it arrives.
 *
 * The worker does one job at a time, and only the newest of each kind waits for it: records that grew while
 * a job ran replace the older records still waiting (their quantiles would be drawn at most once, then
 * replaced), and a new scenario or seed replaces event indices not started. The event indices go first: they
 * depend on the request alone (the page asks for them as its run starts, see `prepareEvents`), take longer,
 * and the final answer waits for both.
 */
export class TrajectoryService {
  private readonly worker: Worker;
  private nextId = 0;
  private readonly known = new WeakMap<TrajectoryRecords, { recorded: number; result?: TrajectoriesResult; id: number }>();
  private readonly events = new WeakMap<Scenario, Map<number, { result?: EventSensitivityResult; id: number }>>();
  private readonly waiting = new Map<number, (result: unknown) => void>();
  /** The job the worker is doing, if any. */
  private running: number | undefined;
  private pendingEvents: Job | undefined;
  private pendingTrajectories: Job | undefined;

  constructor(private readonly onReady: () => void) {
    this.worker = new Worker(new URL('./trajectory-worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<{ id: number; result: unknown }>) => {
      const settle = this.waiting.get(event.data.id);
      this.waiting.delete(event.data.id);
      this.running = undefined;
      this.startNext();
      if (!settle) return;
      settle(event.data.result);
      this.onReady();
    };
  }

  request(records: TrajectoryRecords, stockNames: readonly string[]): TrajectoriesResult | undefined {
    const entry = this.known.get(records);
    if (entry && entry.recorded === records.recorded) return entry.result;
    const id = ++this.nextId;
    const fresh: { recorded: number; result?: TrajectoriesResult; id: number } = { recorded: records.recorded, id };
    this.known.set(records, fresh);
    this.waiting.set(id, (result) => {
      if (this.known.get(records) === fresh) fresh.result = result as TrajectoriesResult;
    });
    // A copy of what is recorded so far (the page's summary keeps growing while the worker computes), moved to
    // the worker rather than cloned.
    const copy: TrajectoryRecords = { ...records, demandModes: [...records.demandModes], data: records.data.slice(0, records.recorded * (1 + records.series * records.seriesWidth)) };
    this.pendingTrajectories?.drop();
    this.pendingTrajectories = {
      id,
      kind: 'trajectories',
      records: copy,
      stockNames: [...stockNames],
      drop: () => {
        this.waiting.delete(id);
        if (this.known.get(records) === fresh) this.known.delete(records);
      },
    };
    this.startNext();
    return undefined;
  }

  requestEvents(scenario: Scenario, seed: number): EventSensitivityResult | undefined {
    let bySeed = this.events.get(scenario);
    if (!bySeed) this.events.set(scenario, (bySeed = new Map()));
    const entry = bySeed.get(seed);
    if (entry) return entry.result;
    const id = ++this.nextId;
    const fresh: { result?: EventSensitivityResult; id: number } = { id };
    bySeed.set(seed, fresh);
    this.waiting.set(id, (result) => (fresh.result = result as EventSensitivityResult));
    const seeds = bySeed;
    this.pendingEvents?.drop();
    this.pendingEvents = {
      id,
      kind: 'events',
      scenario,
      seed,
      drop: () => {
        this.waiting.delete(id);
        if (seeds.get(seed) === fresh) seeds.delete(seed);
      },
    };
    this.startNext();
    return undefined;
  }

  private startNext(): void {
    if (this.running !== undefined) return;
    const job = this.pendingEvents ?? this.pendingTrajectories;
    if (!job) return;
    if (job === this.pendingEvents) this.pendingEvents = undefined;
    else this.pendingTrajectories = undefined;
    this.running = job.id;
    const { drop: _drop, ...message } = job;
    this.worker.postMessage(message, message.kind === 'trajectories' ? [message.records.data.buffer] : []);
  }
}
