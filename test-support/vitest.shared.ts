import { fileURLToPath } from 'node:url';
import { defineConfig, type TestUserConfig, type ViteUserConfig } from 'vitest/config';

/** A file of test-support/, by its absolute path (for a package's setupFiles or globalSetup). */
export function testSupport(file: string): string {
  return fileURLToPath(new URL(`./${file}`, import.meta.url));
}

/**
 * The vitest settings every package shares: its tests sit next to the units in `src/`, property tests run on
 * the fixed fast-check seed of fast-check.setup.ts, typed arrays are compared by toEqual in one loop
 * (typed-array-equality.setup.ts), each test file's scratch folders are removed after it even when files
 * share modules (scratch-folder.setup.ts), and the per-test limits are generous because statistical and
 * end-to-end tests do real work on CI machines of two shared cores. Speed is measured by `npm run bench`,
 * never by a test's timeout. A package adds what is its own (more `include` globs, pools, global set-up).
 */
export function sharedConfig(test: TestUserConfig = {}): ViteUserConfig {
  return defineConfig({
    test: {
      include: ['src/**/*.test.ts'],
      setupFiles: ['fast-check.setup.ts', 'typed-array-equality.setup.ts', 'scratch-folder.setup.ts'].map(testSupport),
      testTimeout: 300_000,
      hookTimeout: 300_000,
      ...test,
    },
  });
}
