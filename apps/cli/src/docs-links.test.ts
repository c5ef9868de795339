import { describe, expect, it } from 'vitest';
import { scratchTree } from '../../../test-support/scratch-tree.js';
// @ts-expect-error: a plain ES module of the repository's scripts, without type declarations
import { brokenDocLinks, docFiles } from '../../../scripts/check-structure.mjs';

describe('links in the documentation', () => {
  it('every relative link of the README and docs/ names a file or folder of the repository', () => {
    expect(docFiles()).toEqual(expect.arrayContaining(['README.md', 'docs/architecture.md', 'docs/errors.md']));
    expect(brokenDocLinks()).toEqual([]);
  });

  it('brokenDocLinks reports a link to a missing file and passes web links, anchors and existing files', () => {
    const root = scratchTree('doc-links', {
      'docs/here.md': '# Here\n',
      'docs/a.md': '[ok](here.md#here) [web](https://example.org/x.md) [top](#a) [gone](../missing.md)\n',
    });
    expect(brokenDocLinks(['docs/a.md'], root)).toEqual(['docs/a.md: the link ../missing.md names nothing in the repository']);
  });
});
