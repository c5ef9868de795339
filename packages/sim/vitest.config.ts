import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { sharedConfig } from '../../test-support/vitest.shared.js';

/** Starts the `*.slow.test.ts` files first, so that the longest file runs beside the rest rather than after them. */
class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const slow = (file: TestSpecification) => (file.moduleId.endsWith('.slow.test.ts') ? 0 : 1);
    return sorted.sort((a, b) => slow(a) - slow(b));
  }
}

// sim's tests are pure computation: one worker per core (vitest's default leaves one of two cores idle), and
// the files share each worker's loaded modules (isolate: false) instead of loading and compiling them again.
// Test files keep no state between them; the two that replace Math.log/exp restore them inside the test.
// The shared setup files remove each file's scratch folders after it, as with isolated files.
export default sharedConfig({
  pool: 'forks',
  maxWorkers: 2,
  isolate: false,
  sequence: { sequencer: SlowFirst },
});
