import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { scratchFolder } from './scratch-folder.js';

/** A fresh scratch folder (see scratchFolder) holding `files`: relative path → text, folders made as needed. */
export function scratchTree(name: string, files: Readonly<Record<string, string>>): string {
  const root = scratchFolder(name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
