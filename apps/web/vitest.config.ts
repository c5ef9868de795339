import { longFilesFirst, sharedConfig } from '../../test-support/vitest.shared.js';

// Unit tests run in Node; the browser tests in e2e/ drive the built app in headless Chromium. One served build
// and one Chromium serve the whole run (e2e/global-setup.ts); each browser test file has a context of its own,
// so the files run side by side, two at a time (one per core of the CI machine). The files share each worker's
// loaded modules (isolate: false), as in sim and the CLI: no file keeps state in a shared module (app-page.ts
// makes each scratch folder for the test file that asks), and the one that stubs globals restores them.
export default sharedConfig({
  include: ['src/**/*.test.ts', 'e2e/**/*.test.ts'],
  globalSetup: ['e2e/global-setup.ts'],
  maxWorkers: 2,
  isolate: false,
  sequence: { sequencer: longFilesFirst(['e2e/app.test.ts', 'e2e/paper-figure.test.ts']) },
});
