import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];

// Every folder a test file made is removed when the file's tests end, so `npm test` leaves no temporary files.
afterAll(() => {
  for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A fresh folder in the system's temporary folder, removed after the test file's last test. */
export function scratchFolder(name: string): string {
  const folder = mkdtempSync(join(tmpdir(), `horizon-${name}-`));
  made.push(folder);
  return folder;
}
