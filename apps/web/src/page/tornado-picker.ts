import { byId } from '../ui/dom.js';

/** The driver chart's stock picker lists the answer's stocks, keeping the choice while the names stay. */
export function syncTornadoPicker(names: readonly string[]): void {
  const select = byId<HTMLSelectElement>('tornado-stock');
  const current = [...select.options].map((o) => o.value);
  if (current.length === names.length && current.every((name, k) => name === names[k])) return;
  const chosen = select.value;
  select.replaceChildren(...names.map((name) => new Option(name, name, false, name === chosen)));
}
