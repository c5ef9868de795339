import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scratchTree } from '../../../test-support/scratch-tree.js';
// @ts-expect-error: a plain ES module of the repository's scripts, without type declarations
import { layerViolations, simLayers } from '../../../scripts/check-structure.mjs';

const src = fileURLToPath(new URL('.', import.meta.url));
const architecture = fileURLToPath(new URL('../../../docs/architecture.md', import.meta.url));

describe('the layers of packages/sim', () => {
  it('every import in packages/sim/src points to its own layer or a lower one of layers.json', () => {
    expect(layerViolations(src, simLayers())).toEqual([]);
  });

  it('the check refuses an import that points up and a folder in no layer, and lets tests import anything', () => {
    const root = scratchTree('layers', {
      'low/a.ts': "import { b } from '../high/b.js';\nexport const a = b;\n",
      'low/a.test.ts': "import { b } from '../high/b.js';\n",
      'high/b.ts': "import type { c } from '../low/c.js';\nexport const b = 1;\n",
      'low/c.ts': 'export type c = number;\n',
      'elsewhere/d.ts': 'export const d = 1;\n',
    });
    expect(layerViolations(root, ['low', 'high'])).toEqual([
      'elsewhere/d.ts: "elsewhere" is in no layer of layers.json; add it where it belongs',
      'low/a.ts imports high/b.ts: layer "low" may not import the higher layer "high"',
    ]);
  });

  it('docs/architecture.md shows the layers in the order layers.json lists them', () => {
    const rows = readFileSync(architecture, 'utf8')
      .split('## The layers of packages/sim')[1]
      .split('\n## ')[0]
      .split('\n')
      .map((line) => /^\| `([^`]+)` \|/.exec(line)?.[1])
      .filter((name) => name !== undefined);
    expect(rows).toEqual(simLayers());
  });
});
