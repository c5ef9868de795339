import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { scratchTree } from '../../../test-support/scratch-tree.js';
// @ts-expect-error: a plain ES module of the repository's scripts, without type declarations
import { importCycles } from '../../../scripts/check-structure.mjs';

describe('imports of apps/cli', () => {
  it('apps/cli/src has no import cycle', () => {
    expect(importCycles(fileURLToPath(new URL('.', import.meta.url)))).toEqual([]);
  });

  it('importCycles finds a cycle through type imports and subfolders, and nothing in a chain', () => {
    const root = scratchTree('cycles', {
      'run.ts': "import { sweep } from './commands/sweep.js';\nexport class Stop extends Error {}\n",
      'commands/sweep.ts': "import type { Stop } from '../run.js';\nimport { io } from '../io.js';\nexport const sweep = 1;\n",
      'io.ts': 'export const io = 1;\n',
    });
    expect(importCycles(root)).toEqual([['commands/sweep.ts', 'run.ts']]);
  });
});
