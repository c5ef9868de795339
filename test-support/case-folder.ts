import { existsSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { scratchFolder } from './scratch-folder.js';

let root: string | undefined;

/**
 * A fresh, empty folder for one test case (its working folder), inside one scratch folder per test file that
 * is removed after the file's last test (see scratchFolder).
 */
export function caseFolder(): string {
  if (root === undefined || !existsSync(root)) root = scratchFolder('cases');
  return mkdtempSync(join(root, 'case-'));
}
