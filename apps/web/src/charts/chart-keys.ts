/** Client coordinates of a point of the chart, where the keyboard's tooltip is shown. */
export interface ClientPoint {
  readonly x: number;
  readonly y: number;
}

type KeyState = { index: number | null; handler?: (event: KeyboardEvent) => void; blur?: () => void };
const states = new WeakMap<SVGSVGElement, KeyState>();

/**
 * Makes a chart reachable by keyboard: it takes focus (tabindex 0), and ←/→ (Home/End) move a cursor over
 * `count` positions, calling `onSelect` with the index and the client point of `positionOf(index)` (SVG
 * units), as a pointer would; Escape or leaving the chart calls it with null. Redrawing replaces the handlers.
 */
export function chartKeys(
  element: SVGSVGElement,
  count: number,
  onSelect: (index: number | null, point: ClientPoint) => void,
  positionOf: (index: number) => { x: number; y: number },
): void {
  const previous = states.get(element);
  if (previous?.handler) element.removeEventListener('keydown', previous.handler);
  if (previous?.blur) element.removeEventListener('blur', previous.blur);
  const state: KeyState = { index: previous?.index !== null && previous?.index !== undefined && previous.index < count ? previous.index : null };
  element.setAttribute('tabindex', '0');
  element.setAttribute('aria-describedby', 'chart-tooltip');
  const clientPoint = (index: number): ClientPoint => {
    const matrix = element.getScreenCTM();
    const { x, y } = positionOf(index);
    return matrix ? { x: matrix.a * x + matrix.c * y + matrix.e, y: matrix.b * x + matrix.d * y + matrix.f } : { x: 0, y: 0 };
  };
  state.handler = (event: KeyboardEvent) => {
    const last = count - 1;
    const current = state.index;
    let next: number | null | undefined;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = current === null ? 0 : Math.min(last, current + 1);
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') next = current === null ? last : Math.max(0, current - 1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = last;
    else if (event.key === 'Escape') next = null;
    if (next === undefined) return;
    event.preventDefault();
    state.index = next;
    onSelect(next, next === null ? { x: 0, y: 0 } : clientPoint(next));
  };
  state.blur = () => {
    state.index = null;
    onSelect(null, { x: 0, y: 0 });
  };
  element.addEventListener('keydown', state.handler);
  element.addEventListener('blur', state.blur);
  states.set(element, state);
  if (state.index !== null && document.activeElement === element) onSelect(state.index, clientPoint(state.index));
}
