import { longFilesFirst, sharedConfig } from '../../test-support/vitest.shared.js';

// sim's tests are pure computation: one worker per core (vitest's default leaves one of two cores idle), and
// the files share each worker's loaded modules (isolate: false) instead of loading and compiling them again.
// Test files keep no state between them; the two that replace Math.log/exp restore them inside the test.
// The shared setup files remove each file's scratch folders after it, as with isolated files.
export default sharedConfig({
  pool: 'forks',
  maxWorkers: 2,
  isolate: false,
  sequence: {
    sequencer: longFilesFirst([
      'src/fit/full-grid.slow.test.ts',
      'src/engine/kernel-engine.test.ts',
      'src/model/closed-form.test.ts',
      'src/presets/presets.test.ts',
      'src/engine/regression-fingerprints.test.ts',
    ]),
  },
});
