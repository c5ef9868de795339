/**
 * The ArrayBuffers behind every typed array in a summary (or a list of them), each once: the transfer list
 * of a worker's postMessage, so the summary's counts move to the other thread instead of being copied by
 * structured cloning. The summary must not be used by the sender afterwards (transfer detaches its arrays).
 */
export function summaryBuffers(value: unknown, found: Set<ArrayBuffer> = new Set()): ArrayBuffer[] {
  if (ArrayBuffer.isView(value)) {
    // A view of a SharedArrayBuffer (or of WebAssembly memory) is not transferable: it is cloned instead.
    if (value.buffer instanceof ArrayBuffer) found.add(value.buffer);
  } else if (Array.isArray(value)) {
    for (const item of value) summaryBuffers(item, found);
  } else if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) summaryBuffers(item, found);
  }
  return [...found];
}
