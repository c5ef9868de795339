import { SCALING_LAW_PRESETS, formatPath } from '@horizon/sim';
import { distField } from './dist-field.js';
import { correlationNotes } from '../scenario/correlation-notes.js';
import { element } from './dom.js';
import { numberInput } from './number-input.js';

export type JsonPath = ReadonlyArray<string | number>;
export type FormChange = (path: JsonPath, value: unknown) => void;
/** A structural change the form can't express as one value: add or remove a stock. */
export type FormAction = { kind: 'add-stock' } | { kind: 'remove-stock'; index: number };

export interface ScenarioForm {
  readonly root: HTMLElement;
  /** Shows `message` next to the field that best matches `path` (or at the top); null clears. */
  showError(path: string | null, message: string): void;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

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
  const fields = new Map<string, HTMLElement>();
  const register = (path: JsonPath, field: HTMLElement) => {
    fields.set(formatPath(path), field);
    return field;
  };
  const correlated = isObject(json) ? correlationNotes(json) : new Map<string, string[]>();
  const dist = (path: JsonPath, label: string, hint: string, value: unknown) => {
    const field = distField(label, hint, value, (next) => onChange(path, next));
    appendSource(field, value);
    appendCorrelations(field, correlated.get(formatPath(path)));
    return register(path, field);
  };
  const plain = (path: JsonPath, label: string, hint: string, value: unknown) => {
    const field = element('div', 'field');
    const head = element('div', 'field-head');
    head.append(element('label', 'field-label', label), element('span', 'field-hint', hint));
    field.append(head, numberInput(value, label, (next) => onChange(path, next)), element('div', 'field-error'));
    return register(path, field);
  };
  const growth = (path: JsonPath, label: string, hint: string, value: unknown, section: HTMLElement) => {
    if (!Array.isArray(value)) {
      section.append(dist(path, label, hint, value));
      return;
    }
    value.forEach((segment: unknown, k) => {
      const seg = isObject(segment) ? segment : {};
      const last = k === value.length - 1;
      const span = last ? (k === 0 ? 'all years' : `after ${untilText(value[k - 1]?.until)}`) : `until ${untilText(seg.until)}`;
      // An uncertain break year (uniform or triangular) gets a distribution field; a fixed one a number.
      const ends = `${label}: segment ${k + 1} ends`;
      if (!last) section.append(typeof seg.until === 'number' || seg.until === undefined ? plain([...path, k, 'until'], ends, 'year', seg.until) : dist([...path, k, 'until'], ends, 'year', seg.until));
      section.append(dist([...path, k, 'factor'], `${label} (${span})`, hint, seg.factor));
    });
  };

  if (!isObject(json)) {
    general.textContent = 'The scenario is not an object; edit it in the JSON view.';
    return { root, showError: (_path, message) => (general.textContent = message) };
  }

  appendSource(general.parentElement as HTMLElement, json, 'Scenario source');
  const years = section(root, 'Years');
  const yearRow = element('div', 'field-row');
  yearRow.append(plain(['startYear'], 'Start year', 'first year', json.startYear), plain(['horizonYear'], 'Horizon year', 'last year', json.horizonYear));
  years.append(yearRow);

  const models = Array.isArray(json.demand) ? json.demand : [json.demand];
  models.forEach((model: unknown, k) => {
    const base: JsonPath = Array.isArray(json.demand) ? ['demand', k] : ['demand'];
    const mode = isObject(model) && model.mode === 'compute' ? 'compute' : 'historical trend';
    const demand = section(root, models.length > 1 ? `Demand model ${k + 1}: ${mode}` : 'Demand: the largest training run');
    appendSource(demand, model);
    if (!isObject(model)) {
      demand.append(element('p', 'field-hint', 'Not a demand model; edit it in the JSON view.'));
      return;
    }
    if (models.length > 1) demand.append(plain([...base, 'weight'], 'Weight', 'relative, > 0', model.weight));
    if (model.mode === 'compute') {
      demand.append(dist([...base, 'flops0'], 'Compute at start', 'FLOP', model.flops0));
      growth([...base, 'growthPerYear'], 'Compute growth', '× per year', model.growthPerYear, demand);
      demand.append(dist([...base, 'overtraining'], 'Overtraining', '× tokens per parameter, ≥ 1', model.overtraining ?? 1));
      demand.append(scalingLawField([...base, 'scalingLaw'], model.scalingLaw, onChange, register));
    } else {
      demand.append(dist([...base, 'tokens0'], 'Training tokens at start', 'tokens', model.tokens0));
      growth([...base, 'growthPerYear'], 'Token growth', '× per year', model.growthPerYear, demand);
    }
  });

  const training = section(root, 'Training: repeating data');
  const trainingJson = isObject(json.training) ? json.training : {};
  training.append(dist(['training', 'maxEpochs'], 'Max epochs', 'passes over the data, ≥ 1', trainingJson.maxEpochs ?? 1));
  training.append(dist(['training', 'rStar'], 'r*', 'decay of repeated data’s worth (15.4)', trainingJson.rStar ?? 15.4));

  const stocksList = Array.isArray(json.stocks) ? json.stocks : [];
  stocksList.forEach((stock: unknown, k) => {
    const path: JsonPath = ['stocks', k];
    const name = isObject(stock) && typeof stock.name === 'string' ? stock.name : `stock ${k + 1}`;
    const box = section(root, `Stock: ${name}`);
    if (!isObject(stock)) return;
    appendSource(box, stock);
    const nameField = element('div', 'field');
    const nameInput = element('input', 'text');
    nameInput.type = 'text';
    nameInput.value = typeof stock.name === 'string' ? stock.name : '';
    nameInput.setAttribute('aria-label', `stock ${k + 1} name`);
    nameInput.addEventListener('input', () => onChange([...path, 'name'], nameInput.value));
    const head = element('div', 'field-head');
    head.append(element('label', 'field-label', 'Name'), element('span', 'field-hint', 'unique'));
    nameField.append(head, nameInput, element('div', 'field-error'));
    box.append(register([...path, 'name'], nameField));
    box.append(dist([...path, 'tokens0'], 'Tokens at start', 'tokens', stock.tokens0));
    growth([...path, 'growthPerYear'], 'Stock growth', '× per year', stock.growthPerYear, box);
    box.append(dist([...path, 'usableFraction'], 'Usable fraction', 'in (0, 1]', stock.usableFraction ?? 1));
    if (stocksList.length > 1) {
      const remove = element('button', 'small', `Remove ${name}`);
      remove.type = 'button';
      remove.addEventListener('click', () => onAction({ kind: 'remove-stock', index: k }));
      box.append(remove);
    }
  });
  const add = element('button', 'small', 'Add a stock');
  add.type = 'button';
  add.addEventListener('click', () => onAction({ kind: 'add-stock' }));
  root.append(add);

  let marked: HTMLElement | undefined;
  return {
    root,
    showError(path, message) {
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
    },
  };
}

function section(root: HTMLElement, title: string): HTMLFieldSetElement {
  const box = element('fieldset', 'form-section');
  box.append(element('legend', undefined, title));
  root.append(box);
  return box;
}

/** The field of `path`, or of its nearest ancestor (`stocks[0].tokens0.lognormal` → `stocks[0].tokens0`). */
function nearestField(fields: Map<string, HTMLElement>, path: string): HTMLElement | undefined {
  for (let at = path; at; ) {
    const field = fields.get(at);
    if (field) return field;
    const cut = Math.max(at.lastIndexOf('.'), at.lastIndexOf('['));
    if (cut <= 0) return undefined;
    at = at.slice(0, cut);
  }
  return undefined;
}

function scalingLawField(path: JsonPath, law: unknown, onChange: FormChange, register: (path: JsonPath, field: HTMLElement) => HTMLElement): HTMLElement {
  const field = element('div', 'field');
  const head = element('div', 'field-head');
  head.append(element('label', 'field-label', 'Scaling law'), element('span', 'field-hint', 'Chinchilla-form fit'));
  const select = element('select', 'kind');
  select.setAttribute('aria-label', 'scaling law');
  for (const name of Object.keys(SCALING_LAW_PRESETS)) select.append(new Option(name, name, false, law === name));
  if (typeof law !== 'string') select.append(new Option('custom (JSON view)', '', false, true));
  select.addEventListener('change', () => {
    if (select.value) onChange(path, select.value);
  });
  field.append(head, select, element('div', 'field-error'));
  return register(path, field);
}

/** Shows the inputs a field is rank-correlated with (the scenario's `"correlations"`, edited in the JSON view). */
function appendCorrelations(container: HTMLElement, others: readonly string[] | undefined): void {
  if (others === undefined) return;
  const note = element('p', 'field-source');
  note.append(element('span', 'field-source-label', 'Rank-correlated with: '), element('bdi', undefined, others.join('; ')));
  container.append(note);
}

/** Shows an input's `"source"` (a scenario's own text, set as text) beside it, when it has one. */
function appendSource(container: HTMLElement, value: unknown, label = 'Source'): void {
  if (!isObject(value) || typeof value.source !== 'string' || value.source === '') return;
  const note = element('p', 'field-source');
  note.append(element('span', 'field-source-label', `${label}: `), element('bdi', undefined, value.source));
  container.append(note);
}

/** A break year for a label: the year, or the range of an uncertain one. */
function untilText(until: unknown): string {
  if (typeof until === 'number') return String(until);
  if (isObject(until)) {
    const inner = (until.uniform ?? until.triangular) as Record<string, unknown> | undefined;
    if (isObject(inner)) return `${String(inner.min)}–${String(inner.max)}`;
    if (typeof until.fixed === 'number') return String(until.fixed);
  }
  return '?';
}
