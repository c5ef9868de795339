import { mkdtempSync, rmSync, statfsSync } from 'node:fs';
import { join } from 'node:path';

/** Where Linux keeps a file system in memory (tmpfs) that every process may write to. */
const MEMORY_FOLDER = '/dev/shm';
/** The room a test run needs there: it writes a few hundred megabytes at most (npm installs, shards, samples). */
const ROOM_BYTES = 2 * 1024 ** 3;

/**
 * A vitest globalSetup: the run's temporary files are kept in memory when the system has room for them there.
 * TMPDIR points to a fresh folder in /dev/shm for the run and every process it starts (the tests' scratch
 * folders, npm, python, Slurm), and is restored after the run, when the folder is removed. The tests create
 * and remove tens of thousands of files (npm unpacks a tarball of 1,300 files three times, each fuzz case
 * writes its input): on a disk that costs system time and waits, in memory next to nothing. Elsewhere (no
 * /dev/shm, or a small one, as containers have by default) the files stay in the system's temporary folder.
 */
export default function temporaryFilesInMemory(): () => void {
  const folder = freshFolderInMemory();
  if (folder === undefined) return () => {};
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = folder;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(folder, { recursive: true, force: true });
  };
}

function freshFolderInMemory(): string | undefined {
  try {
    const { bavail, bsize } = statfsSync(MEMORY_FOLDER);
    return bavail * bsize >= ROOM_BYTES ? mkdtempSync(join(MEMORY_FOLDER, 'horizon-test-run-')) : undefined;
  } catch {
    return undefined;
  }
}
