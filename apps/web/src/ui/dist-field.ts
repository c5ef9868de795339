import { DIST_KIND_LABELS } from '@horizon/sim/internal';
import { drawDensitySketch } from '../charts/density-sketch.js';
import { densityCurve } from '../scenario/dist-density.js';
import { EDITABLE_KINDS, KIND_PARAMS, convertDist, distKind, distParam, withDistParam, type EditableKind } from '../scenario/dist-kinds.js';
import { element } from './dom.js';
import { numberInput } from './number-input.js';

/**
 * One uncertain input of the form: its kind, its parameters and a sketch of its density. Mixtures and other
 * shapes are shown read-only with a pointer to the JSON view, which edits everything.
 */
export function distField(label: string, hint: string, value: unknown, onValue: (value: unknown) => void): HTMLElement {
  const field = element('div', 'field dist-field');
  const head = element('div', 'field-head');
  const title = element('label', 'field-label', label);
  const help = element('span', 'field-hint', hint);
  head.append(title, help);
  const row = element('div', 'dist-row');
  const kind = element('select', 'kind');
  kind.setAttribute('aria-label', `${label}: kind of distribution`);
  const params = element('div', 'params');
  const sketch = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  sketch.classList.add('sketch');
  const message = element('div', 'field-error');
  message.setAttribute('aria-live', 'polite');
  row.append(kind, params, sketch);
  field.append(head, row, message);

  let current = value;
  const render = () => {
    const currentKind = distKind(current);
    kind.replaceChildren();
    const editable = currentKind !== 'mixture' && currentKind !== 'other';
    for (const k of EDITABLE_KINDS) kind.append(new Option(DIST_KIND_LABELS[k], k, false, k === currentKind));
    if (!editable) kind.append(new Option(currentKind === 'mixture' ? 'mixture' : 'other', currentKind, false, true));
    params.replaceChildren();
    if (editable) {
      for (const name of KIND_PARAMS[currentKind]) {
        const wrap = element('label', 'param');
        const input = numberInput(distParam(current, name), `${label} ${name}`, (typed) => {
          current = withDistParam(current, name, typed);
          drawDensitySketch(sketch, densityCurve(current));
          onValue(current);
        });
        if (currentKind !== 'fixed') wrap.append(element('span', 'param-name', name));
        wrap.append(input);
        params.append(wrap);
      }
    } else {
      const count = currentKind === 'mixture' ? (current as { mixture: unknown[] }).mixture.length : 0;
      params.append(element('span', 'field-hint', currentKind === 'mixture' ? `mixture of ${count}; edit it in the JSON view` : 'edit it in the JSON view'));
    }
    drawDensitySketch(sketch, densityCurve(current));
  };
  // The last distribution with a spread, so that a trip through "fixed" gives the spread back.
  let spread: unknown = distKind(value) === 'fixed' ? undefined : value;
  kind.addEventListener('change', () => {
    if (distKind(current) !== 'fixed') spread = current;
    current = convertDist(current, kind.value as EditableKind, spread);
    render();
    onValue(current);
  });
  render();
  return field;
}
