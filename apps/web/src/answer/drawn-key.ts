/**
 * What each chart on the page shows, as a key of the data it was drawn from, so that an answer whose chart
 * would come out the same leaves it alone. After an edit the page draws the answer several times (the first
 * block, partial answers, the final counts, then again when the fan chart's quantiles and again when the
 * drivers' event indices arrive), and each of the last two changes one chart only; drawing the others again
 * cost the main thread (and the compositor after it) tens of milliseconds each time, beside the workers.
 */
const drawn = new WeakMap<Element, string>();
const ids = new WeakMap<object, number>();
let nextId = 0;

/** A number for an object, the same for as long as it lives: a key part for data that never changes once made. */
export function objectId(value: object): number {
  let id = ids.get(value);
  if (id === undefined) ids.set(value, (id = ++nextId));
  return id;
}

/** Calls `draw` unless `element` was last drawn with the same key; records the key. */
export function drawUnlessSame(element: Element, key: string, draw: () => void): void {
  if (drawn.get(element) === key) return;
  draw();
  drawn.set(element, key);
}

/** `element` was cleared or drawn by other means: the next drawUnlessSame draws it. */
export function forgetDrawn(element: Element): void {
  drawn.delete(element);
}
