import { run } from './run.js';
import type { CliIo } from './io.js';

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
