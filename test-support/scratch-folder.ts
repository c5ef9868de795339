import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];

/** Removes every folder scratchFolder made so far. */
export function removeScratchFolders(): void {
  for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
}

// Every folder a test file made is removed when the file's tests end, so `npm test` leaves no temporary files.
// (A package whose test files share modules, vitest's `isolate: false`, imports this module once for all its
// files, so it also calls removeScratchFolders after each file: see scratch-folder.setup.ts.)
afterAll(removeScratchFolders);

/** A fresh folder in the system's temporary folder, removed after the test file's last test. */
export function scratchFolder(name: string): string {
  const folder = mkdtempSync(join(tmpdir(), `horizon-${name}-`));
  made.push(folder);
  return folder;
}
