import { availableParallelism } from 'node:os';
import { run } from './run.js';

/** The process edge: real argv, streams and Ctrl-C, handed to `run`. */
export async function main(): Promise<void> {
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  const code = await run({
    argv: process.argv.slice(2),
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    cores: availableParallelism(),
    signal: controller.signal,
  });
  process.exitCode = code;
}
