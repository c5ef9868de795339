/**
 * The slice of the WebAssembly JS API the kernel engine uses, typed here because this package compiles
 * without the DOM library (it runs in Node and in workers alike). Node and browsers both provide the global.
 */

/** A compiled module (`WebAssembly.Module`): compile it once, instantiate it per engine, post it to workers. */
export type WasmModule = object;

export interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}

interface WasmApi {
  Module: new (bytes: ArrayBufferView | ArrayBuffer) => WasmModule;
  Instance: new (module: WasmModule, imports: object) => { readonly exports: object };
  compile(bytes: ArrayBufferView | ArrayBuffer): Promise<WasmModule>;
}

const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

/** Compiles kernel bytes synchronously (fine off the UI thread and in Node; browsers cap this at 4 KB on the main thread, so there use compileWasmModule). */
export function compileWasmModuleSync(bytes: ArrayBufferView | ArrayBuffer): WasmModule {
  return new wasm.Module(bytes);
}

/** Compiles kernel bytes asynchronously. */
export function compileWasmModule(bytes: ArrayBufferView | ArrayBuffer): Promise<WasmModule> {
  return wasm.compile(bytes);
}

/** Instantiates a compiled module with no imports (the kernel imports nothing) and returns its exports. */
export function instantiateWasm(module: WasmModule): object {
  return new wasm.Instance(module, {}).exports;
}
