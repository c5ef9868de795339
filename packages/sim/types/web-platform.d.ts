// The few web-platform globals packages/sim uses, declared by hand: sim compiles with `"types": []`
// (tsconfig.build.json), without Node's types or the DOM's, so a module that reaches for IO (fs, process,
// document, fetch, console) does not compile. Node ≥ 20 and every browser provide each of these.

/** UTF-8 encoding (shard files, digests, stream keys). */
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

/** UTF-8 decoding of shard files; `fatal` makes invalid UTF-8 throw. */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}

/** A module-relative URL: where a worker script is (workers/*-worker-url.ts). */
declare class URL {
  constructor(url: string | URL, base?: string | URL);
  readonly href: string;
  toString(): string;
}

interface ImportMeta {
  readonly url: string;
}

/** Cancelling a pooled run (workers/run-pooled-sweep.ts). */
interface AbortSignal {
  readonly aborted: boolean;
  readonly reason: unknown;
  throwIfAborted(): void;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}
