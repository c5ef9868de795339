// Where the kernel's WebAssembly lives, for Node and for bundlers alike: `new URL(…, import.meta.url)` is
// the pattern Vite and other bundlers rewrite into an asset URL, and in Node it is a file: URL to read.
// The module is built by `npm run build` (asc) and never committed.

/** URL of the release kernel (optimise level 3, no asserts). */
export const kernelWasmUrl = new URL('./build/kernel.wasm', import.meta.url);

/** URL of the debug kernel (asserts kept, names in the binary). */
export const kernelDebugWasmUrl = new URL('./build/kernel-debug.wasm', import.meta.url);
