import type { Scenario, WasmModule } from '@horizon/sim';
import { TRAJECTORY_SAMPLES, type EventSensitivityResult, type TrajectoriesResult, type TrajectoryRecords } from '@horizon/sim/internal';
import { JobLane } from './job-lane.js';

/** The run whose records are asked for: with all of its recorded paths, they depend on these alone. */
export interface RecordsOrigin {
  readonly scenario: Scenario;
  readonly seed: number;
  readonly samples: number;
}

/** Finished results kept by what they depend on (a few scenarios' worth: each is a few kilobytes). */
const KEPT_RESULTS = 16;

/**
 * The result's slower extra parts, each computed in a worker of its own (trajectory-worker.ts): the fan
 * chart's quantiles and the event indices of `--explain`. Each `request…` returns the part if it is known, and
 * otherwise starts computing it (once per input) and calls `onReady` when it arrives.
 *
 * The final answer waits for both, so they run side by side, and each worker does only the newest job of its
 * kind (job-lane.ts): records that grew while a job ran replace the older records still waiting (their
 * quantiles would be drawn at most once, then replaced), and a new scenario or seed replaces event indices not
 * started.
 *
 * Both depend on the scenario and seed alone (the quantiles once every path is recorded: samples 0 … 8,191),
 * so the last few are kept by scenario text and seed: Back, Forward, an undone edit or another sample count
 * (of 8,192 or more) draws the fan chart and the drivers without computing them again.
 */
export class TrajectoryService {
  private readonly paths: JobLane;
  private readonly eventLane: JobLane;
  private nextId = 0;
  private readonly known = new WeakMap<TrajectoryRecords, { recorded: number; result?: TrajectoriesResult; id: number }>();
  private readonly events = new WeakMap<Scenario, Map<number, { result?: EventSensitivityResult; id: number }>>();
  private readonly waiting = new Map<number, (result: unknown) => void>();
  private readonly kept = new Map<string, unknown>();
  private readonly scenarioKeys = new WeakMap<Scenario, string>();

  constructor(
    private readonly onReady: () => void,
    makeWorker: () => Worker = () => new Worker(new URL('./trajectory-worker.ts', import.meta.url), { type: 'module' }),
    /** The compiled kernel for the event indices, once loaded (undefined: the reference engine computes them). */
    private readonly kernel: () => WasmModule | undefined = () => undefined,
  ) {
    const onResult = (id: number, result: unknown) => {
      const settle = this.waiting.get(id);
      this.waiting.delete(id);
      if (!settle) return;
      settle(result);
      this.onReady();
    };
    this.paths = new JobLane(makeWorker(), onResult);
    this.eventLane = new JobLane(makeWorker(), onResult);
  }

  /**
   * `origin`: the run the records belong to. Its quantiles are then computed only once every path is
   * recorded (within the run's first three blocks): those of a part of the paths would be replaced a few
   * blocks later, and computing them held up the final chart (at 1e6 samples, three jobs of 0.3-0.9 s in a
   * row where one is needed). They are kept for the run's scenario and seed.
   */
  request(records: TrajectoryRecords, stockNames: readonly string[], origin?: RecordsOrigin): TrajectoriesResult | undefined {
    const entry = this.known.get(records);
    if (entry && entry.recorded === records.recorded) return entry.result;
    const complete = origin !== undefined && records.recorded === Math.min(origin.samples, TRAJECTORY_SAMPLES);
    if (origin && !complete) return undefined;
    const key = complete ? `trajectories ${origin.seed} ${this.scenarioKey(origin.scenario)}` : undefined;
    const id = ++this.nextId;
    const fresh: { recorded: number; result?: TrajectoriesResult; id: number } = { recorded: records.recorded, id };
    this.known.set(records, fresh);
    const kept = key === undefined ? undefined : this.take(key);
    if (kept !== undefined) return (fresh.result = kept as TrajectoriesResult);
    this.waiting.set(id, (result) => {
      if (key !== undefined) this.keep(key, result);
      if (this.known.get(records) === fresh) fresh.result = result as TrajectoriesResult;
    });
    // A copy of what is recorded so far: the page's summary keeps growing while the worker computes.
    const copy: TrajectoryRecords = { ...records, demandModes: [...records.demandModes], data: records.data.slice(0, records.recorded * (1 + records.series * records.seriesWidth)) };
    this.paths.submit({
      id,
      kind: 'trajectories',
      records: copy,
      stockNames: [...stockNames],
      drop: () => {
        this.waiting.delete(id);
        if (this.known.get(records) === fresh) this.known.delete(records);
      },
    });
    return undefined;
  }

  requestEvents(scenario: Scenario, seed: number): EventSensitivityResult | undefined {
    let bySeed = this.events.get(scenario);
    if (!bySeed) this.events.set(scenario, (bySeed = new Map()));
    const entry = bySeed.get(seed);
    if (entry) return entry.result;
    const key = `events ${seed} ${this.scenarioKey(scenario)}`;
    const id = ++this.nextId;
    const fresh: { result?: EventSensitivityResult; id: number } = { id };
    bySeed.set(seed, fresh);
    const kept = this.take(key);
    if (kept !== undefined) return (fresh.result = kept as EventSensitivityResult);
    this.waiting.set(id, (result) => {
      this.keep(key, result);
      fresh.result = result as EventSensitivityResult;
    });
    const seeds = bySeed;
    this.eventLane.submit({
      id,
      kind: 'events',
      scenario,
      seed,
      kernel: this.kernel(),
      drop: () => {
        this.waiting.delete(id);
        if (seeds.get(seed) === fresh) seeds.delete(seed);
      },
    });
    return undefined;
  }

  private scenarioKey(scenario: Scenario): string {
    let key = this.scenarioKeys.get(scenario);
    if (key === undefined) this.scenarioKeys.set(scenario, (key = JSON.stringify(scenario)));
    return key;
  }

  /** A kept result, now the most recently used; undefined when not kept. */
  private take(key: string): unknown {
    const result = this.kept.get(key);
    if (result !== undefined) this.keep(key, result);
    return result;
  }

  private keep(key: string, result: unknown): void {
    this.kept.delete(key);
    this.kept.set(key, result);
    if (this.kept.size > KEPT_RESULTS) this.kept.delete(this.kept.keys().next().value as string);
  }
}
