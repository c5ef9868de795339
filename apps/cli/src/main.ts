import { isatty } from 'node:tty';
import { availableParallelism } from 'node:os';
import { run } from './run.js';
import { descriptorOutput } from './output-stream.js';
import { EXIT_INTERRUPTED, EXIT_TERMINATED } from './io.js';

/**
 * The process edge: real argv, streams and signals, handed to `run`. Standard output is written through its
 * descriptor, synchronously and completely (see descriptorOutput). Ctrl-C and SIGTERM both stop the work the
 * same way, so the progress bar gives the cursor back and nothing partial is written; the status says which.
 */
export async function main(): Promise<void> {
  const controller = new AbortController();
  let signal: 'SIGINT' | 'SIGTERM' | undefined;
  for (const name of ['SIGINT', 'SIGTERM'] as const) {
    process.once(name, () => {
      signal ??= name;
      controller.abort();
    });
  }
  // Progress and messages on a closed stderr must not bring the run down.
  process.stderr.on('error', () => {});
  const terminal = isatty(1);
  const code = await run({
    argv: process.argv.slice(2),
    stdout: descriptorOutput(1, { isTTY: terminal, columns: terminal ? process.stdout.columns : undefined }),
    stderr: process.stderr,
    cwd: process.cwd(),
    cores: availableParallelism(),
    signal: controller.signal,
  });
  process.exitCode = code === EXIT_INTERRUPTED && signal === 'SIGTERM' ? EXIT_TERMINATED : code;
}
