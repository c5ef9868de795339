import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HORIZON_VERSION, THIS_HORIZON } from './version.js';
import { STREAM_VERSION } from './random/stream-version.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

describe('HORIZON_VERSION', () => {
  it('is the version every package.json of the repository states', () => {
    for (const folder of ['packages/core-wasm', 'packages/sim', 'apps/cli', 'apps/web']) {
      expect(JSON.parse(readFileSync(resolve(root, folder, 'package.json'), 'utf8')).version, folder).toBe(HORIZON_VERSION);
    }
    expect(readFileSync(resolve(root, 'CITATION.cff'), 'utf8')).toContain(`\nversion: ${HORIZON_VERSION}\n`);
  });

  it('THIS_HORIZON pairs it with the random stream\'s version', () => {
    expect(THIS_HORIZON).toEqual({ version: HORIZON_VERSION, stream: STREAM_VERSION });
  });
});
