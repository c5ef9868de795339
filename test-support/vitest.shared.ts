import { fileURLToPath } from 'node:url';
import { defineConfig, type TestUserConfig, type ViteUserConfig } from 'vitest/config';

/**
 * The vitest settings every package shares: its tests sit next to the units in `src/`, property tests run on
 * the fixed fast-check seed of fast-check.setup.ts, and the per-test limits are generous because statistical
 * and end-to-end tests do real work on CI machines of two shared cores. Speed is measured by `npm run bench`,
 * never by a test's timeout. A package adds what is its own (more `include` globs, file parallelism).
 */
export function sharedConfig(test: TestUserConfig = {}): ViteUserConfig {
  return defineConfig({
    test: {
      include: ['src/**/*.test.ts'],
      setupFiles: [fileURLToPath(new URL('./fast-check.setup.ts', import.meta.url))],
      testTimeout: 300_000,
      hookTimeout: 300_000,
      ...test,
    },
  });
}
