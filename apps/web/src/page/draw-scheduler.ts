/** Least time between two drawings of a run's partial answers. */
const REFINE_INTERVAL_MS = 200;
/**
 * A run whose kind took at most this long last time is drawn once, when complete (its first answer waits up to
 * this long from the run's start): a quarter second after an edit still reads as its answer, and the old charts
 * stay until then.
 */
const QUICK_RUN_MS = 250;

/**
 * What the scheduler needs of an answer: whether the run's counts are all in (`final`) and whether parts
 * computed beside them (the fan chart's quantiles, the drivers' event indices) are still to come.
 */
export interface Drawable {
  readonly final: boolean;
  readonly pendingTrajectories?: boolean;
  /** The share of the run's samples in the answer, (0, 1]. */
  readonly progress?: number;
}

/** The run's last answer: its counts final and nothing pending. */
function complete(answer: Drawable): boolean {
  return answer.final && !answer.pendingTrajectories;
}

/**
 * Draws the latest answer on an animation frame: at most one draw per frame, whatever the progress rate.
 * A run's first answer and its complete one are drawn at once (the complete one is what the run waited for:
 * waiting for the next frame added half a frame on average to every edit), except that when the last run of
 * the same kind (startRun's) ended within QUICK_RUN_MS, the first answer waits for the complete one, up to
 * QUICK_RUN_MS from the run's start: a quick run draws once (on 2 cores, drawing a first answer and making its
 * frame took about a fifth of such a run's CPU, beside the workers computing the rest); a resize on the next frame; partial
 * answers at most every REFINE_INTERVAL_MS, which leaves the main thread free to merge the workers' blocks. Final counts
 * still waiting for the fan chart or the drivers count as partial: the parts usually follow within a few tens
 * of milliseconds, and drawing every chart in between (tens of ms of main thread, then the compositor) held
 * back the workers computing them on a machine with few cores. Nor is a partial answer drawn when the run
 * should end within REFINE_INTERVAL_MS (from its rate so far): the final one follows, and the main thread drawing
 * every chart (20-30 ms, more on a loaded machine) held back the engine workers, which wait for it to be handed
 * their next blocks; such an answer is drawn an interval later if the final one has not come by then.
 */
export class DrawScheduler<T extends Drawable> {
  /** The answer drawn last. */
  answer: T | undefined;
  private pending: T | undefined;
  private frameRequested = false;
  private drawTimer: ReturnType<typeof setTimeout> | undefined;
  private lastDraw = 0;
  private drawn = false;
  /** When the current run started (performance.now()). */
  private runStart = 0;
  /** The partial answer last left undrawn because the final one was near: it is drawn the next time. */
  private deferred: T | undefined;
  /** The last answer is to be drawn again on the next frame (a resize, a changed view). */
  private redraw = false;
  /** The current run's kind, and how long the last complete run of each kind took (the latest kind only). */
  private kind: string | undefined;
  private lastRun: { readonly kind: string | undefined; readonly ms: number } | undefined;
  /** Whether the current run's first answer waits for its complete one (a quick kind of run), and until when. */
  private waitForComplete = false;
  private waitTimer: ReturnType<typeof setTimeout> | undefined;
  /** Whether the current run's complete answer was drawn (its duration is then known). */
  private completeDrawn = false;

  /** `draw` gets each answer to draw and whether it is the run's first. */
  constructor(private readonly draw: (answer: T, first: boolean) => void) {}

  /** Whether the current run has drawn an answer yet. */
  get firstDrawn(): boolean {
    return this.drawn;
  }

  /**
   * A new run: its first answer will be drawn at once, or with its complete one when the last run of the same
   * `kind` (what sets its duration, e.g. the sample count) took at most QUICK_RUN_MS.
   */
  startRun(kind?: string): void {
    this.drawn = false;
    this.runStart = performance.now();
    this.kind = kind;
    this.completeDrawn = false;
    this.waitForComplete = kind !== undefined && this.lastRun?.kind === kind && this.lastRun.ms <= QUICK_RUN_MS;
    clearTimeout(this.waitTimer);
    this.waitTimer = undefined;
  }

  /** A newer answer to draw (the run's progress). */
  offer(answer: T): void {
    this.pending = answer;
    this.request();
  }

  /** Draws the newer answer now if one waits (the run stopped: what it computed is what stays). */
  flush(): void {
    if (!this.pending) return;
    this.waitForComplete = false;
    this.answer = this.pending;
    this.pending = undefined;
    this.drawAnswer(this.answer);
  }

  /** Draws again: the newer answer if one waits, or the last one (a resize, a changed view). */
  request(): void {
    if (this.pending && !this.drawn && this.waitForComplete && !complete(this.pending)) {
      // A quick run's first answer: drawn with the complete one, or QUICK_RUN_MS after the run's start.
      this.waitTimer ??= setTimeout(() => {
        this.waitTimer = undefined;
        this.waitForComplete = false;
        this.request();
      }, this.runStart + QUICK_RUN_MS - performance.now());
      return;
    }
    if (this.pending && ((!this.drawn && !this.frameRequested) || complete(this.pending))) {
      // A run's first answer is drawn at once, not on the next frame: it is what makes an edit feel live; its
      // complete answer too: it is what the run waited for, and no other of the run follows it.
      this.answer = this.pending;
      this.pending = undefined;
      this.drawAnswer(this.answer);
      return;
    }
    if (!this.pending) this.redraw = true;
    const urgent = !this.pending || complete(this.pending) || !this.drawn;
    if (this.frameRequested) return;
    if (this.drawTimer !== undefined) {
      if (!urgent) return;
      clearTimeout(this.drawTimer);
      this.drawTimer = undefined;
    }
    const wait = urgent ? 0 : this.lastDraw + REFINE_INTERVAL_MS - performance.now();
    if (wait > 0) {
      this.drawTimer = setTimeout(() => {
        this.drawTimer = undefined;
        this.drawOnNextFrame();
      }, wait);
    } else {
      this.drawOnNextFrame();
    }
  }

  private drawOnNextFrame(): void {
    this.frameRequested = true;
    requestAnimationFrame(() => {
      this.frameRequested = false;
      if (this.pending && this.drawn && this.pending !== this.deferred && this.finalIsNear(this.pending)) {
        // Not drawn now; an interval from now unless the final answer (or a newer one) comes first.
        this.deferred = this.pending;
        this.lastDraw = performance.now();
        this.request();
        return;
      }
      const redraw = this.redraw;
      this.redraw = false;
      if (this.pending) {
        this.answer = this.pending;
        this.pending = undefined;
        this.drawAnswer(this.answer);
      } else if (this.answer && redraw) this.drawAnswer(this.answer);
      else this.lastDraw = performance.now();
      if (this.pending) this.request();
    });
  }

  /** Whether a partial answer's run should end within REFINE_INTERVAL_MS, at its rate so far. */
  private finalIsNear(answer: T): boolean {
    if (answer.final || answer.progress === undefined || !(answer.progress > 0)) return false;
    const elapsed = performance.now() - this.runStart;
    return (elapsed * (1 - answer.progress)) / answer.progress < REFINE_INTERVAL_MS;
  }

  private drawAnswer(answer: T): void {
    const first = !this.drawn;
    this.drawn = true;
    this.draw(answer, first);
    this.lastDraw = performance.now();
    if (complete(answer) && !this.completeDrawn) this.lastRun = { kind: this.kind, ms: this.lastDraw - this.runStart };
    this.completeDrawn ||= complete(answer);
    clearTimeout(this.waitTimer);
    this.waitTimer = undefined;
  }
}
