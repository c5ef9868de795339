import { join } from 'node:path';
import { inject } from 'vitest';
import './install-horizon.js';

/**
 * The folder holding the `horizon` command that install-horizon.ts installed for this test run, to put first
 * on a PATH (the package's vitest config names install-horizon.ts as a globalSetup).
 */
export function installedHorizonBin(): string {
  return join(inject('horizonPrefix'), 'bin');
}
