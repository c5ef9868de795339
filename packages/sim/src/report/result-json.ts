import type { SweepResult } from './sweep-result.js';

/**
 * docs/output.md: the result object, two-space indented, with a final newline. Same result, same bytes. The
 * CLI prints this and the web app offers it as a download, so the two are byte-identical by construction.
 */
export function formatResultJson(result: SweepResult): string {
  return JSON.stringify(result, null, 2) + '\n';
}
