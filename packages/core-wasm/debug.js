// The debug kernel's URL, apart from index.js so that only what imports it (tests) brings the file along.

/** URL of the debug kernel (asserts kept, names in the binary). */
export const kernelDebugWasmUrl = new URL('./build/kernel-debug.wasm', import.meta.url);
