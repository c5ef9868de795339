import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { kernelWasmUrl } from '@horizon/core-wasm';

const ASSETS = resolve(import.meta.dirname, '../dist/assets');

describe('the built app', () => {
  it('ships one WebAssembly kernel, the release build, and not the debug build that only tests load', () => {
    const wasm = readdirSync(ASSETS).filter((file) => file.endsWith('.wasm'));
    expect(wasm).toHaveLength(1);
    expect(readFileSync(resolve(ASSETS, wasm[0])).equals(readFileSync(fileURLToPath(kernelWasmUrl)))).toBe(true);
  });
});
