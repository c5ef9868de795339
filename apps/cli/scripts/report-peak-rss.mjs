// Preloaded with `node --import` by the flat-memory test and the benchmark: when the main thread exits,
// writes the process's peak resident set size (worker threads included) to stderr as `peak-rss-kib N`.
import { writeSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

if (isMainThread) {
  process.on('exit', () => {
    writeSync(2, `\npeak-rss-kib ${process.resourceUsage().maxRSS}\n`);
  });
}
