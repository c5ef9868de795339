import type { Scenario, WasmModule } from '@horizon/sim';
import { TRAJECTORY_SAMPLES, type EventSensitivityResult, type TrajectoriesResult } from '@horizon/sim/internal';
import { JobLane } from './job-lane.js';

/** The run whose fan chart is asked for: its recorded paths (samples 0 … 8,191 at most) depend on these alone. */
export interface RecordsOrigin {
  readonly scenario: Scenario;
  readonly seed: number;
  readonly samples: number;
}

/** Finished results kept by what they depend on (a few scenarios' worth: each is a few kilobytes). */
const KEPT_RESULTS = 16;

/**
 * The fan chart's quantiles of one run's paths: the best result so far (`through`: its last year, Infinity for
 * every year) and the last years of the jobs asked for and not answered yet.
 */
interface FanEntry {
  result?: TrajectoriesResult;
  through: number;
  readonly asked: number[];
}

/**
 * The result's slower extra parts, each computed in a worker of its own (trajectory-worker.ts): the fan
 * chart's quantiles (the worker records the run's paths itself) and the event indices of `--explain`. Each
 * `request…` returns the part if it is known, and otherwise starts computing it (once per input) and calls
 * `onReady` when it arrives.
 *
 * The final answer waits for both, so they run side by side and beside the run's counts, and each worker does
 * only the newest job of its kind (job-lane.ts): a new scenario, seed or sample count replaces a job not
 * started.
 *
 * Both depend on the scenario and seed alone (the quantiles also on how many of the first 8,192 samples the run
 * has), so the last few are kept by scenario text and seed: Back, Forward, an undone edit or another sample
 * count (of 8,192 or more) draws the fan chart and the drivers without computing them again.
 */
export class TrajectoryService {
  private readonly paths: JobLane;
  private readonly eventLane: JobLane;
  private nextId = 0;
  private readonly fans = new WeakMap<Scenario, Map<string, FanEntry>>();
  private readonly events = new WeakMap<Scenario, Map<number, { result?: EventSensitivityResult; id: number }>>();
  private readonly waiting = new Map<number, (result: unknown) => void>();
  private readonly kept = new Map<string, unknown>();
  private readonly scenarioKeys = new WeakMap<Scenario, string>();

  constructor(
    private readonly onReady: () => void,
    makeWorker: () => Worker = () => new Worker(new URL('./trajectory-worker.ts', import.meta.url), { type: 'module' }),
    /** The compiled kernel for the event indices and the fan chart's order statistics, once loaded (undefined: TypeScript computes them). */
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
   * The fan chart's quantiles of `origin`'s recorded paths, through `throughYear` at least (the years the chart
   * shows; Infinity, the default: every year, the CLI's whole result, which the downloads need). The worker
   * records the paths (about 20 ms of the reference engine for 8,192 samples) and takes their quantiles as soon
   * as the run starts, beside the engine workers, which then compute the counts alone. The quantiles of the
   * years the chart shows (2024-2035 of the default preset's 77) cost a fraction of every year's, so the page
   * asks for those first and for every year once the final chart is drawn: the rest never competes with the
   * run for the cores.
   */
  request(origin: RecordsOrigin, throughYear = Infinity): TrajectoriesResult | undefined {
    const { scenario, seed } = origin;
    const recorded = Math.min(origin.samples, TRAJECTORY_SAMPLES);
    let bySeed = this.fans.get(scenario);
    if (!bySeed) this.fans.set(scenario, (bySeed = new Map()));
    const inputs = `${seed} ${recorded}`;
    let entry = bySeed.get(inputs);
    const key = `trajectories ${inputs} ${this.scenarioKey(scenario)}`;
    if (!entry) {
      bySeed.set(inputs, (entry = { through: -Infinity, asked: [] }));
      const kept = this.take(key) as { result: TrajectoriesResult; through: number } | undefined;
      if (kept) Object.assign(entry, kept);
    }
    if (entry.through >= throughYear) return entry.result;
    if (entry.asked.some((through) => through >= throughYear)) return undefined;
    const id = ++this.nextId;
    const fan = entry;
    const settled = (through: number) => fan.asked.splice(fan.asked.indexOf(through), 1);
    fan.asked.push(throughYear);
    this.waiting.set(id, (result) => {
      settled(throughYear);
      if (throughYear <= fan.through) return;
      Object.assign(fan, { result: result as TrajectoriesResult, through: throughYear });
      this.keep(key, { result, through: throughYear });
    });
    this.paths.submit({
      id,
      kind: 'trajectories',
      scenario,
      seed,
      samples: recorded,
      throughYear: Number.isFinite(throughYear) ? throughYear : undefined,
      kernel: this.kernel(),
      // For `npm run bench:web`: the years the chart shows are `trajectories`, every year after them the rest.
      mark: fan.result ? 'trajectories-rest' : 'trajectories',
      drop: () => {
        this.waiting.delete(id);
        settled(throughYear);
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
