import { fileURLToPath } from 'node:url';
import { defineConfig, type TestUserConfig, type ViteUserConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** A file of test-support/, by its absolute path (for a package's setupFiles or globalSetup). */
export function testSupport(file: string): string {
  return fileURLToPath(new URL(`./${file}`, import.meta.url));
}

/**
 * The vitest settings every package shares: its tests sit next to the units in `src/`, property tests run on
 * the fixed fast-check seed of fast-check.setup.ts, typed arrays are compared by toEqual in one loop
 * (typed-array-equality.setup.ts), each test file's scratch folders are removed after it even when files
 * share modules (scratch-folder.setup.ts), and the per-test limits are generous because statistical and
 * end-to-end tests do real work on CI machines of two shared cores, where `npm test` runs the packages side by
 * side: a file may get a third of the machine or less. The limits only stop a hang; speed is measured by
 * `npm run bench`, never by a test's timeout. A package adds what is its own (more `include` globs, pools,
 * global set-up).
 */
export function sharedConfig(test: TestUserConfig = {}): ViteUserConfig {
  return defineConfig({
    test: {
      include: ['src/**/*.test.ts'],
      setupFiles: ['fast-check.setup.ts', 'typed-array-equality.setup.ts', 'scratch-folder.setup.ts'].map(testSupport),
      testTimeout: 600_000,
      hookTimeout: 600_000,
      ...test,
    },
  });
}

/**
 * A sequencer that starts a package's longest test files first, in the order given (paths from the package's
 * folder), and the rest as vitest orders them (by the last run's durations when it has them, by size on a fresh
 * clone, as in CI). A long file started last runs alone while the other worker idles: the package takes as long
 * as that file's tail. The lists name files measured long; vitest's own durations order the rest.
 */
export function longFilesFirst(files: readonly string[]): typeof BaseSequencer {
  const rank = (spec: TestSpecification): number => {
    const at = files.findIndex((file) => spec.moduleId.endsWith(`/${file}`));
    return at < 0 ? files.length : at;
  };
  return class LongFilesFirst extends BaseSequencer {
    override async sort(specs: TestSpecification[]): Promise<TestSpecification[]> {
      return (await super.sort(specs)).sort((a, b) => rank(a) - rank(b));
    }
  };
}
