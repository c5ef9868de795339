import { defineConfig } from 'vitest/config';

// Statistical and end-to-end tests do real work (1e6-sample runs, fits, spawned processes); CI machines have
// two cores shared with other jobs, so the per-test limits are generous. Speed is measured by `npm run bench`,
// never by a test's timeout.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    setupFiles: ['src/fast-check.setup.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
