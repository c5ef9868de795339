import { kernelWasmUrl } from '@horizon/core-wasm';
import { compileWasmModule, type WasmModule } from '@horizon/sim';

/**
 * Fetches and compiles the WebAssembly kernel (the bundler emits kernel.wasm beside the app). Undefined when it
 * cannot be had (an old browser, a host that blocks it): the page then runs the reference engine, which gives
 * the same numbers more slowly.
 */
export async function loadKernel(): Promise<WasmModule | undefined> {
  try {
    const response = await fetch(kernelWasmUrl);
    if (!response.ok) return undefined;
    return await compileWasmModule(await response.arrayBuffer());
  } catch {
    return undefined;
  }
}
