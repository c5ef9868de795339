import { fileURLToPath } from 'node:url';
import { sharedConfig } from '../../test-support/vitest.shared.js';

// `horizon` installed once per run for the tests that run the docs as printed (test-support/install-horizon.ts).
export default sharedConfig({ globalSetup: [fileURLToPath(new URL('../../test-support/install-horizon.ts', import.meta.url))] });
