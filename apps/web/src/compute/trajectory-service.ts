import type { Scenario } from '@horizon/sim';
import type { EventSensitivityResult, TrajectoriesResult, TrajectoryRecords } from '@horizon/sim/internal';

/**
 * The result's slower extra parts, computed in a worker of their own (trajectory-worker.ts): the fan chart's
 * quantiles and the event indices of `--explain`. Each `request…` returns the part if it is known, and
 * otherwise starts computing it (once per input) and calls `onReady` when it arrives.
 */
export class TrajectoryService {
  private readonly worker: Worker;
  private nextId = 0;
  private readonly known = new WeakMap<TrajectoryRecords, { recorded: number; result?: TrajectoriesResult; id: number }>();
  private readonly events = new WeakMap<Scenario, Map<number, { result?: EventSensitivityResult; id: number }>>();
  private readonly waiting = new Map<number, (result: unknown) => void>();

  constructor(private readonly onReady: () => void) {
    this.worker = new Worker(new URL('./trajectory-worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<{ id: number; result: unknown }>) => {
      const settle = this.waiting.get(event.data.id);
      this.waiting.delete(event.data.id);
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
    // A copy of what is recorded so far: the page's summary keeps growing while the worker computes.
    const copy: TrajectoryRecords = { ...records, demandModes: [...records.demandModes], data: records.data.slice(0, records.recorded * (1 + records.series * records.seriesWidth)) };
    this.worker.postMessage({ id, kind: 'trajectories', records: copy, stockNames: [...stockNames] }, [copy.data.buffer]);
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
    this.worker.postMessage({ id, kind: 'events', scenario, seed });
    return undefined;
  }
}
