import { sharedConfig } from '../../test-support/vitest.shared.js';

// Unit tests run in Node; the browser tests in e2e/ drive the built app in headless Chromium, one file at a time.
export default sharedConfig({ include: ['src/**/*.test.ts', 'e2e/**/*.test.ts'], fileParallelism: false });
