import { sharedConfig } from '../../test-support/vitest.shared.js';

// Unit tests run in Node; the browser tests in e2e/ drive the built app in headless Chromium. One served build
// and one Chromium serve the whole run (e2e/global-setup.ts); each browser test file has a context of its own,
// so the files run side by side, two at a time (one per core of the CI machine).
export default sharedConfig({
  include: ['src/**/*.test.ts', 'e2e/**/*.test.ts'],
  globalSetup: ['e2e/global-setup.ts'],
  maxWorkers: 2,
});
