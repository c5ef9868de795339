import type { TrajectoryJob } from './trajectory-job.js';

/**
 * A job, what to undo when a newer one replaces it before it starts, and the name of its start and end marks
 * (`horizon:NAME-start`, `-ready`; the job's kind when not given).
 */
export type LaneJob = TrajectoryJob & { readonly drop: () => void; readonly mark?: string };

/**
 * One worker doing one job at a time, with at most one job waiting: a newer job replaces the waiting one
 * (which is dropped), so the worker never computes an answer that is already out of date when it starts.
 */
export class JobLane {
  /** The mark name of the job running, if one is. */
  private running: string | undefined;
  private waiting: LaneJob | undefined;

  constructor(
    private readonly worker: Worker,
    onResult: (id: number, result: unknown) => void,
  ) {
    worker.onmessage = (event: MessageEvent<{ id: number; result: unknown }>) => {
      // For `npm run bench:web`: when each kind of job ends (and, below, starts).
      performance.mark(`horizon:${this.running}-ready`);
      this.running = undefined;
      this.startNext();
      onResult(event.data.id, event.data.result);
    };
  }

  submit(job: LaneJob): void {
    this.waiting?.drop();
    this.waiting = job;
    this.startNext();
  }

  private startNext(): void {
    const job = this.waiting;
    if (this.running || !job) return;
    this.waiting = undefined;
    this.running = job.mark ?? job.kind;
    performance.mark(`horizon:${this.running}-start`);
    const { drop: _drop, mark: _mark, ...message } = job;
    this.worker.postMessage(message);
  }
}
