// Where the kernel's WebAssembly lives, for Node and for bundlers alike: `new URL(…, import.meta.url)` is
// the pattern Vite and other bundlers rewrite into an asset URL, and in Node it is a file: URL to read.
// The module is built by `npm run build` (asc) and never committed. The debug kernel's URL is in debug.js, so
// that a bundle of the release kernel (the web app, the CLI) does not carry the debug build too.

/** URL of the release kernel (optimise level 3, no asserts). */
export const kernelWasmUrl = new URL('./build/kernel.wasm', import.meta.url);
