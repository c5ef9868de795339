import { element } from './dom.js';
import { parentPath } from '@horizon/sim/internal';
import { appendSource, formFields, isObject, type FormAction, type FormChange, type JsonPath } from './form-fields.js';
import { yearsSection } from './years-section.js';
import { demandSections } from './demand-section.js';
import { trainingSection } from './training-section.js';
import { stockSection } from './stock-section.js';

export type { FormAction, FormChange, JsonPath };

export interface ScenarioForm {
  readonly root: HTMLElement;
  /** Shows `message` next to the field that best matches `path` (or at the top); null clears. */
  showError(path: string | null, message: string): void;
}

/**
 * The form view of a scenario: the inputs that matter (years, demand, training, stocks), each distribution as
 * its kind, parameters and density sketch. It is built from the decoded JSON and reports each edit as
 * (path, value); the JSON view stays the full source of truth.
 */
export function buildScenarioForm(json: unknown, onChange: FormChange, onAction: (action: FormAction) => void): ScenarioForm {
  const root = element('form', 'scenario-form');
  root.addEventListener('submit', (event) => event.preventDefault());
  const general = element('div', 'field-error form-error');
  root.append(general);
  if (!isObject(json)) {
    general.textContent = 'The scenario is not an object; edit it in the JSON view.';
    return { root, showError: (_path, message) => (general.textContent = message) };
  }
  const { fields, byPath } = formFields(json, onChange, onAction);
  appendSource(root, json, 'Scenario source');
  yearsSection(root, fields, json);
  demandSections(root, fields, json);
  trainingSection(root, fields, json);
  const stocks: unknown[] = Array.isArray(json.stocks) ? json.stocks : [];
  stocks.forEach((stock, k) => stockSection(root, fields, stock, k, stocks.length));
  const add = element('button', 'small', 'Add a stock');
  add.type = 'button';
  add.addEventListener('click', () => onAction({ kind: 'add-stock' }));
  root.append(add);
  return { root, showError: fieldErrors(byPath, general) };
}

/** Shows one error at a time: beside the field nearest its path, or at the top of the form. */
function fieldErrors(fields: Map<string, HTMLElement>, general: HTMLElement): ScenarioForm['showError'] {
  let marked: HTMLElement | undefined;
  return (path, message) => {
    if (marked) {
      marked.classList.remove('has-error');
      const slot = marked.querySelector(':scope > .field-error');
      if (slot) slot.textContent = '';
      marked = undefined;
    }
    general.textContent = '';
    if (path === null) return;
    const field = nearestField(fields, path);
    if (!field) {
      general.textContent = message;
      return;
    }
    marked = field;
    field.classList.add('has-error');
    const slot = field.querySelector(':scope > .field-error');
    if (slot) slot.textContent = message;
  };
}

/** The field of `path`, or of its nearest ancestor (`stocks[0].tokens0.lognormal` → `stocks[0].tokens0`). */
function nearestField(fields: Map<string, HTMLElement>, path: string): HTMLElement | undefined {
  for (let at = path; at; at = parentPath(at)) {
    const field = fields.get(at);
    if (field) return field;
  }
  return undefined;
}
