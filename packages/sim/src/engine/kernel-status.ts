import { DRAWS_PER_SAMPLE } from '../random/splitmix64.js';

/**
 * The kernel's status codes (packages/core-wasm/assembly/status.ts) and their messages, kept in one place
 * on the TypeScript side. Every non-zero code is a fault of the program (validation runs before the kernel),
 * so the engine throws a plain Error with this text.
 */
export const KERNEL_STATUS_MESSAGES: Readonly<Record<number, string>> = {
  1: 'the kernel does not read this plan format version (rebuild @horizon/core-wasm)',
  2: 'the plan holds a step or distribution code the kernel does not know',
  3: `an input used more than ${DRAWS_PER_SAMPLE} random draws in one sample`,
  4: 'the kernel ran before a successful init',
};

/** Throws when `status` is not 0. */
export function checkKernelStatus(status: number, during: string): void {
  if (status === 0) return;
  throw new Error(`kernel ${during}: ${KERNEL_STATUS_MESSAGES[status] ?? `unknown status ${status}`}`);
}
