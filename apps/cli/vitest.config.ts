import { longFilesFirst, sharedConfig, testSupport } from '../../test-support/vitest.shared.js';

/**
 * The CLI's test files share one module graph per worker (`isolate: false`): each file no longer imports sim,
 * the CLI and vitest's transforms afresh, about 1 s of CPU per file. Two files run at a time, so one file's
 * waits (child processes, npm, Slurm) leave the other the CPU. `horizon` is installed once per run for the
 * tests that run the docs as printed (install-horizon.ts), and the run's temporary files are kept in memory
 * where the system allows (temporary-files-in-memory.ts, first, so the install goes there too). The packed
 * install starts first: the longest file, its time mostly npm's and the installed CLI's.
 */
export default sharedConfig({
  globalSetup: [testSupport('temporary-files-in-memory.ts'), testSupport('install-horizon.ts')],
  isolate: false,
  maxWorkers: 2,
  sequence: {
    sequencer: longFilesFirst([
      'src/packed-install.test.ts',
      'src/input-fuzz.test.ts',
      'src/shard-merge.test.ts',
      'src/per-sample-output.test.ts',
      'src/hostile-fuzz.test.ts',
      'src/notebooks-doc.test.ts',
    ]),
  },
});
