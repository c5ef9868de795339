import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder, seen from the built or the source CLI. */
export const REPOSITORY_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The code block that follows `<!-- example: NAME … -->` in a document of the repository (for tests that run docs). */
export function docExample(document: string, name: string): string {
  const text = readFileSync(resolve(REPOSITORY_ROOT, document), 'utf8');
  const match = new RegExp(`<!-- example: ${name}\\b[^>]*-->\\n\`\`\`\\w*\\n([\\s\\S]*?)\\n\`\`\``).exec(text);
  if (!match) throw new Error(`${document} has no example "${name}"`);
  return match[1];
}
