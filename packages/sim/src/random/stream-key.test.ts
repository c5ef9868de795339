import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { streamKey } from './stream-key.js';

describe('streamKey', () => {
  it('streamKey(name) is the first 8 bytes of SHA-256(name), big-endian, as two 32-bit halves', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (name) => {
        const digest = createHash('sha256').update(name, 'utf8').digest();
        expect(streamKey(name)).toEqual({ hi: digest.readUInt32BE(0), lo: digest.readUInt32BE(4) });
      }),
    );
  });

  it('streamKey("training.maxEpochs") is 0xCF3BFCD6B0E2098E, as docs/output.md prints it', () => {
    expect(streamKey('training.maxEpochs')).toEqual({ hi: 0xcf3bfcd6, lo: 0xb0e2098e });
    expect(streamKey('stocks[indexed-web].tokens0')).toEqual({ hi: 0x45815364, lo: 0xc2babd36 });
  });
});
