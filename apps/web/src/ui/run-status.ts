import { byId } from './dom.js';

/**
 * The run's status: a visible line (progress, ETA, the final timing) that changes many times a second and is
 * not announced, and a polite live region that speaks twice per run, at its start and its end.
 */
export class RunStatus {
  private started = 0;

  start(samples: number): void {
    this.started = performance.now();
    byId('status').textContent = `running ${samples.toLocaleString('en-US')} samples…`;
    this.announce(`Computing ${samples.toLocaleString('en-US')} samples.`);
    byId<HTMLButtonElement>('stop').disabled = false;
  }

  /** Progress with an estimate of the time left, from the rate so far. */
  progress(done: number, samples: number): void {
    const seconds = (performance.now() - this.started) / 1000;
    const left = done > 0 ? (seconds * (samples - done)) / done : NaN;
    const eta = Number.isFinite(left) && seconds > 0.5 ? `, about ${formatSeconds(left)} left` : '';
    byId('status').textContent = `${done.toLocaleString('en-US')} of ${samples.toLocaleString('en-US')} samples${eta}`;
    byId('progress-bar').style.transform = `scaleX(${done / samples})`;
  }

  done(text: string, sentence: string): void {
    byId('status').textContent = text;
    byId('progress-bar').style.transform = 'scaleX(1)';
    byId<HTMLButtonElement>('stop').disabled = true;
    this.announce(sentence);
  }

  stopped(done: number): void {
    byId<HTMLButtonElement>('stop').disabled = true;
    byId('status').textContent = `stopped at ${done.toLocaleString('en-US')} samples`;
    this.announce(`Stopped at ${done.toLocaleString('en-US')} samples.`);
  }

  /** A line that is shown, not announced (e.g. "Link copied." is announced by the button's own change). */
  say(text: string): void {
    byId('status').textContent = text;
  }

  elapsedSeconds(): number {
    return (performance.now() - this.started) / 1000;
  }

  private announce(text: string): void {
    byId('announcer').textContent = text;
  }
}

function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
}
