import { SingleBar } from 'cli-progress';
import type { OutputStream } from './io.js';

/** Shows a sweep's progress on stderr; `update` takes samples done, `stop` ends the line. */
export interface Progress {
  update(done: number): void;
  stop(): void;
}

const silent: Progress = { update: () => {}, stop: () => {} };

/**
 * A progress bar (samples done, rate, ETA) on `stream` when it is a terminal, or when asked (`--progress`)
 * as a plain line every two seconds; nothing otherwise (CONTRACT §4).
 */
export function createProgress(stream: OutputStream, total: number, asked: boolean): Progress {
  if (stream.isTTY !== true && !asked) return silent;
  const bar = new SingleBar({
    stream: stream as NodeJS.WritableStream,
    format: 'horizon [{bar}] {percentage}% | {value}/{total} samples | {rate} samples/s | ETA {eta_formatted}',
    noTTYOutput: true,
    notTTYSchedule: 2000,
    hideCursor: true,
    clearOnComplete: false,
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

/** 12345678 → "12.3M": short enough for a terminal line. */
function formatCount(value: number): string {
  if (value >= 1e9) return `${(value / 1e9).toFixed(2)}G`;
  if (value >= 1e6) return `${(value / 1e6).toFixed(1)}M`;
  if (value >= 1e3) return `${(value / 1e3).toFixed(1)}k`;
  return String(value);
}
