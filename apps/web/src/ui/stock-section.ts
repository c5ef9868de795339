import { element } from './dom.js';
import { appendSource, fieldHead, formSection, isObject, type FormFields, type JsonPath } from './form-fields.js';
import { growthFields } from './growth-fields.js';

/** One stock's section: its name, tokens, growth and usable fraction, and a Remove button when it has company. */
export function stockSection(root: HTMLElement, fields: FormFields, stock: unknown, k: number, stockCount: number): void {
  const path: JsonPath = ['stocks', k];
  const name = isObject(stock) && typeof stock.name === 'string' ? stock.name : `stock ${k + 1}`;
  const box = formSection(root, `Stock: ${name}`);
  if (!isObject(stock)) return;
  appendSource(box, stock);
  const nameField = element('div', 'field');
  const nameInput = element('input', 'text');
  nameInput.type = 'text';
  nameInput.value = typeof stock.name === 'string' ? stock.name : '';
  nameInput.setAttribute('aria-label', `stock ${k + 1} name`);
  nameInput.addEventListener('input', () => fields.onChange([...path, 'name'], nameInput.value));
  nameField.append(fieldHead('Name', 'unique'), nameInput, element('div', 'field-error'));
  box.append(fields.register([...path, 'name'], nameField));
  box.append(fields.input([...path, 'tokens0'], 'stock.tokens0', stock.tokens0));
  growthFields(fields, [...path, 'growthPerYear'], 'stock.growthPerYear', stock.growthPerYear, box);
  box.append(fields.input([...path, 'usableFraction'], 'stock.usableFraction', stock.usableFraction));
  if (stockCount > 1) {
    const remove = element('button', 'small', `Remove ${name}`);
    remove.type = 'button';
    remove.addEventListener('click', () => fields.onAction({ kind: 'remove-stock', index: k }));
    box.append(remove);
  }
}
