import type { TrajectoriesResult, TrajectoryRecords } from '@horizon/sim';

/**
 * The fan chart's quantiles, computed in a worker of their own (trajectory-worker.ts). `request` returns the
 * result for these records if it is known, and otherwise starts computing it (once per records object and
 * count) and calls `onReady` when it arrives.
 */
export class TrajectoryService {
  private readonly worker: Worker;
  private nextId = 0;
  private readonly known = new WeakMap<TrajectoryRecords, { recorded: number; result?: TrajectoriesResult; id: number }>();
  private readonly waiting = new Map<number, { records: TrajectoryRecords; recorded: number }>();

  constructor(private readonly onReady: () => void) {
    this.worker = new Worker(new URL('./trajectory-worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<{ id: number; result: TrajectoriesResult }>) => {
      const job = this.waiting.get(event.data.id);
      this.waiting.delete(event.data.id);
      const entry = job && this.known.get(job.records);
      if (!job || !entry || entry.id !== event.data.id) return;
      entry.result = event.data.result;
      this.onReady();
    };
  }

  request(records: TrajectoryRecords, stockNames: readonly string[]): TrajectoriesResult | undefined {
    const entry = this.known.get(records);
    if (entry && entry.recorded === records.recorded) return entry.result;
    const id = ++this.nextId;
    this.known.set(records, { recorded: records.recorded, id });
    this.waiting.set(id, { records, recorded: records.recorded });
    // A copy of what is recorded so far: the page's summary keeps growing while the worker computes.
    const copy: TrajectoryRecords = { ...records, demandModes: [...records.demandModes], data: records.data.slice(0, records.recorded * (1 + records.series * records.seriesWidth)) };
    this.worker.postMessage({ id, records: copy, stockNames: [...stockNames] }, [copy.data.buffer]);
    return undefined;
  }
}
