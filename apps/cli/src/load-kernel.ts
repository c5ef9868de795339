import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { kernelWasmUrl } from '@horizon/core-wasm';
import { compileWasmModule, type WasmModule } from '@horizon/sim';

let compiled: Promise<WasmModule> | undefined;

/** The kernel's compiled WebAssembly module, read from @horizon/core-wasm's build once per process. */
export function loadKernel(): Promise<WasmModule> {
  compiled ??= (async () => {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(fileURLToPath(kernelWasmUrl));
    } catch (error) {
      throw new Error(`the WebAssembly kernel is not built (run \`npm run build\`): ${(error as Error).message}`);
    }
    return compileWasmModule(bytes);
  })();
  return compiled;
}
