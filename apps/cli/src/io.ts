import { EXIT_CODES } from '@horizon/sim/internal';

/** The process as `run` sees it: injected, so tests drive the CLI in-process with fakes. */
export interface OutputStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

export interface CliIo {
  /** Arguments after `horizon`. */
  readonly argv: readonly string[];
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  /** Folder that relative paths are resolved against. */
  readonly cwd: string;
  /** Logical cores: the default thread count. */
  readonly cores: number;
  /** Aborted on Ctrl-C or SIGTERM: work stops and nothing partial is written. */
  readonly signal?: AbortSignal;
}

/** Exit codes: 2 for bad input, 1 for a fault of the program, 130 when interrupted (Ctrl-C), 143 on SIGTERM. */
export const EXIT_OK = EXIT_CODES.ok;
export const EXIT_FAULT = EXIT_CODES.fault;
export const EXIT_INPUT = EXIT_CODES.input;
export const EXIT_INTERRUPTED = EXIT_CODES.interrupted;
export const EXIT_TERMINATED = EXIT_CODES.terminated;
