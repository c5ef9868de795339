import { SingleBar } from 'cli-progress';
import type { OutputStream } from './io.js';

/** Shows a sweep's progress on stderr; `update` takes samples done, `stop` ends the line. */
export interface Progress {
  update(done: number): void;
  stop(): void;
}

const silent: Progress = { update: () => {}, stop: () => {} };

/** The widest line the bar may take: a classic terminal's 80 columns, or fewer when the terminal is narrower. */
const MAX_COLUMNS = 80;
/** Columns of the line without the bar at its widest: "horizon ", " 100% · ", "17.6T/17.6T", " · ", "99999T/s", " · ETA ", "9999h59m". */
const TEXT_COLUMNS = 8 + 8 + 11 + 3 + 8 + 7 + 8;

/**
 * A progress bar (samples done, rate, ETA) on `stream` when it is a terminal, or when asked (`--progress`)
 * as a plain line every two seconds; nothing otherwise. On a terminal the line fits 80 columns (or the
 * terminal's width), the cursor is hidden while it runs and `stop` gives it back and clears the line, whether
 * the run finished or was interrupted.
 */
export function createProgress(stream: OutputStream, total: number, asked: boolean): Progress {
  if (stream.isTTY !== true && !asked) return silent;
  const columns = Math.min(MAX_COLUMNS, stream.columns && stream.columns > 0 ? stream.columns : MAX_COLUMNS);
  const bar = new SingleBar({
    stream: stream as NodeJS.WritableStream,
    format: 'horizon {bar} {percentage}% · {value}/{total} · {rate}/s · ETA {eta_formatted}',
    barsize: Math.max(4, Math.min(20, columns - 1 - TEXT_COLUMNS)),
    noTTYOutput: true,
    notTTYSchedule: 2000,
    hideCursor: true,
    clearOnComplete: true,
    formatValue: (value, _options, type) => (type === 'value' || type === 'total' ? formatCount(value) : String(value)),
  });
  const startedAt = Date.now();
  bar.start(total, 0, { rate: '0' });
  return {
    update(done) {
      const seconds = (Date.now() - startedAt) / 1000;
      bar.update(done, { rate: seconds > 0 ? formatCount(Math.round(done / seconds)) : '0' });
    },
    stop() {
      bar.stop();
    },
  };
}

/** 12345678 → "12.3M": three significant digits and a unit, at most six characters below 10^17. */
export function formatCount(value: number): string {
  for (const [unit, size] of UNITS) {
    if (value >= size) {
      const scaled = value / size;
      return `${scaled >= 100 ? Math.round(scaled) : scaled.toFixed(scaled >= 10 ? 1 : 2)}${unit}`;
    }
  }
  return String(Math.round(value));
}

const UNITS = [
  ['T', 1e12],
  ['G', 1e9],
  ['M', 1e6],
  ['k', 1e3],
] as const;
