import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The global prefix that install-horizon.ts installed the CLI into (see installedHorizonBin). */
    horizonPrefix: string;
  }
}

/**
 * A vitest globalSetup: `horizon` installed once per test run as the README installs it from a clone,
 * `npm install -g ./apps/cli` (a link to the clone), into a temporary global prefix that is removed after
 * the run. The tests that run docs as printed share it instead of each installing their own.
 */
export default function installHorizon(project: TestProject): () => void {
  const prefix = mkdtempSync(join(tmpdir(), 'horizon-installed-'));
  const root = fileURLToPath(new URL('..', import.meta.url));
  execFileSync('npm', ['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', '--loglevel=error', './apps/cli'], { cwd: root, stdio: 'ignore' });
  project.provide('horizonPrefix', prefix);
  return () => rmSync(prefix, { recursive: true, force: true });
}
