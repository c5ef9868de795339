/** A deep copy of decoded JSON (structuredClone keeps numbers, strings, lists and plain objects). */
function copy<T>(value: T): T {
  return structuredClone(value);
}

/**
 * A copy of `json` with the value at `path` replaced, creating objects on the way (a form field shown with its
 * default, such as `training.maxEpochs`, may not be in the file yet). Keys are own properties, so a key named
 * `__proto__` stays data.
 */
export function setAtPath(json: unknown, path: ReadonlyArray<string | number>, value: unknown): unknown {
  if (path.length === 0) return value;
  const root = (json !== null && typeof json === 'object' ? copy(json) : {}) as Record<string | number, unknown>;
  let node = root;
  for (let k = 0; k < path.length - 1; k++) {
    const key = path[k];
    const next = Object.hasOwn(node, key) ? node[key] : undefined;
    const child = next !== null && typeof next === 'object' ? (next as Record<string | number, unknown>) : {};
    Object.defineProperty(node, key, { value: child, enumerable: true, writable: true, configurable: true });
    node = child;
  }
  Object.defineProperty(node, path[path.length - 1], { value, enumerable: true, writable: true, configurable: true });
  return root;
}

/** A copy with a new stock appended: the last stock's inputs under a new unique name. */
export function addStock(json: unknown): unknown {
  const root = copy(json) as { stocks?: unknown[] };
  const stocks = Array.isArray(root.stocks) ? root.stocks : [];
  const names = new Set(stocks.map((s) => (s as { name?: unknown })?.name));
  let n = stocks.length + 1;
  while (names.has(`stock-${n}`)) n++;
  const template = stocks.length > 0 ? copy(stocks[stocks.length - 1]) : { tokens0: { lognormal: { p5: 1e13, p95: 1e14 } }, growthPerYear: 1.05 };
  root.stocks = [...stocks, { ...(template as object), name: `stock-${n}` }];
  return root;
}

/** A copy without stock `index`. */
export function removeStock(json: unknown, index: number): unknown {
  const root = copy(json) as { stocks?: unknown[] };
  if (Array.isArray(root.stocks)) root.stocks = root.stocks.filter((_, k) => k !== index);
  return root;
}
