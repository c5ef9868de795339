import { defineConfig } from 'vitest/config';

// Unit tests run in Node; the browser tests in e2e/ drive the built app in headless Chromium.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
