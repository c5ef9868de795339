import { existsSync, statSync } from 'node:fs';
import { kernelWasmUrl } from '@horizon/core-wasm';
import { sweepWorkerUrl } from '@horizon/sim';
import { run } from './run.js';
import type { CliIo } from './io.js';
import { takeWorkerScriptsFrom } from './thread-pool.js';

const BUNDLE = new URL('../dist/bundle/', import.meta.url);

/**
 * Whether the CLI's bundle holds the current worker code: built no earlier than sim's worker and the kernel it
 * was made from (`npm test` builds them in that order). After rebuilding sim or the kernel alone it does not.
 */
function bundleIsCurrent(): boolean {
  const bundled = new URL('sweep-worker.js', BUNDLE);
  if (!existsSync(bundled)) return false;
  const built = statSync(bundled).mtimeMs;
  return [sweepWorkerUrl, kernelWasmUrl].every((url) => existsSync(url) && statSync(url).mtimeMs <= built);
}

// In-process runs start their worker threads from the bundle, as the installed `horizon` does: one file to
// load instead of sim's modules (thread-pool.ts).
if (bundleIsCurrent()) takeWorkerScriptsFrom(BUNDLE);

/** The outcome of one in-process CLI run. */
export interface RunOutcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `horizon ARGS` in-process with captured output (stdout is not a terminal, so JSON is the default). */
export async function runCli(argv: string[], options: Partial<Pick<CliIo, 'cwd' | 'cores' | 'signal'>> & { stdoutIsTTY?: boolean } = {}): Promise<RunOutcome> {
  let stdout = '';
  let stderr = '';
  const code = await run({
    argv,
    stdout: { write: (text: string) => (stdout += text), isTTY: options.stdoutIsTTY ?? false },
    stderr: { write: (text: string) => (stderr += text), isTTY: false },
    cwd: options.cwd ?? process.cwd(),
    cores: options.cores ?? 2,
    signal: options.signal,
  });
  return { code, stdout, stderr };
}
