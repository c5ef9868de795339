import { SCENARIO_INPUTS, formatPath, type InputRole } from '@horizon/sim/internal';
import { correlationNotes } from '../scenario/correlation-notes.js';
import { distField } from './dist-field.js';
import { element } from './dom.js';
import { inputHint } from './input-hint.js';
import { numberInput } from './number-input.js';

export type JsonPath = ReadonlyArray<string | number>;
export type FormChange = (path: JsonPath, value: unknown) => void;
/** A structural change the form can't express as one value: add or remove a stock. */
export type FormAction = { kind: 'add-stock' } | { kind: 'remove-stock'; index: number };
export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The field makers a form section uses: each field reports its edits as (path, value) and is registered under
 * its path, so an error can be shown beside it.
 */
export interface FormFields {
  /** A distribution field (kind, parameters, sketch), with the input's source and correlations beside it. */
  dist(path: JsonPath, label: string, hint: string, value: unknown): HTMLElement;
  /** The distribution field of a scenario input, named, hinted and defaulted as packages/sim describes it. */
  input(path: JsonPath, role: InputRole, value: unknown): HTMLElement;
  /** A plain number field. */
  plain(path: JsonPath, label: string, hint: string, value: unknown): HTMLElement;
  /** Registers a field made elsewhere under its path. */
  register(path: JsonPath, field: HTMLElement): HTMLElement;
  readonly onChange: FormChange;
  readonly onAction: (action: FormAction) => void;
}

/** The field makers of one form, and the map from each field's path to its element. */
export function formFields(json: Json | undefined, onChange: FormChange, onAction: (action: FormAction) => void): { fields: FormFields; byPath: Map<string, HTMLElement> } {
  const byPath = new Map<string, HTMLElement>();
  const correlated = json ? correlationNotes(json) : new Map<string, string[]>();
  const register = (path: JsonPath, field: HTMLElement) => {
    byPath.set(formatPath(path), field);
    return field;
  };
  const dist = (path: JsonPath, label: string, hint: string, value: unknown) => {
    const field = distField(label, hint, value, (next) => onChange(path, next));
    appendSource(field, value);
    appendCorrelations(field, correlated.get(formatPath(path)));
    return register(path, field);
  };
  const input = (path: JsonPath, role: InputRole, value: unknown) => {
    const spec = SCENARIO_INPUTS[role];
    return dist(path, spec.label, inputHint(spec), value ?? ('default' in spec ? spec.default : undefined));
  };
  const plain = (path: JsonPath, label: string, hint: string, value: unknown) => {
    const field = element('div', 'field');
    field.append(fieldHead(label, hint), numberInput(value, label, (next) => onChange(path, next)), element('div', 'field-error'));
    return register(path, field);
  };
  return { fields: { dist, input, plain, register, onChange, onAction }, byPath };
}

/** A field's label and hint. */
export function fieldHead(label: string, hint: string): HTMLElement {
  const head = element('div', 'field-head');
  head.append(element('label', 'field-label', label), element('span', 'field-hint', hint));
  return head;
}

/** A fieldset with its legend, appended to `root`. */
export function formSection(root: HTMLElement, title: string): HTMLFieldSetElement {
  const box = element('fieldset', 'form-section');
  box.append(element('legend', undefined, title));
  root.append(box);
  return box;
}

/** Shows an input's `"source"` (a scenario's own text, set as text) beside it, when it has one. */
export function appendSource(container: HTMLElement, value: unknown, label = 'Source'): void {
  if (!isObject(value) || typeof value.source !== 'string' || value.source === '') return;
  const note = element('p', 'field-source');
  note.append(element('span', 'field-source-label', `${label}: `), element('bdi', undefined, value.source));
  container.append(note);
}

/** Shows the inputs a field is rank-correlated with (the scenario's `"correlations"`, edited in the JSON view). */
function appendCorrelations(container: HTMLElement, others: readonly string[] | undefined): void {
  if (others === undefined) return;
  const note = element('p', 'field-source');
  note.append(element('span', 'field-source-label', 'Rank-correlated with: '), element('bdi', undefined, others.join('; ')));
  container.append(note);
}
