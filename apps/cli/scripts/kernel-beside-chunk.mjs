import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A rolldown plugin for the CLI's bundle: emits the WebAssembly kernel at `kernelWasmUrl` as an asset of the
 * same file name, and rewrites @horizon/core-wasm's `new URL('./build/kernel.wasm', import.meta.url)` to name
 * it beside the chunk, so the bundle reads its own copy wherever it is installed.
 */
export function kernelBesideChunk(kernelWasmUrl) {
  const fileName = basename(kernelWasmUrl.pathname);
  const written = `'./build/${fileName}'`;
  return {
    name: 'kernel-beside-chunk',
    buildStart() {
      this.emitFile({ type: 'asset', fileName, source: readFileSync(fileURLToPath(kernelWasmUrl)) });
    },
    transform(code, id) {
      if (!id.endsWith('/core-wasm/index.js')) return null;
      if (!code.includes(written)) this.error(`@horizon/core-wasm no longer names its kernel as ${written}: update ${import.meta.url}`);
      return { code: code.replace(written, `'./${fileName}'`), map: null };
    },
  };
}
