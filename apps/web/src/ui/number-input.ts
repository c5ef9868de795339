import { formatNumber } from '@horizon/sim/internal';
import { element } from './dom.js';

/**
 * A text field for one number of the scenario. It shows numbers as scenario files write them (1.3e13) and
 * passes what was typed on: a JSON number becomes a number, anything else stays text, so the validator
 * reports it with the CLI's words ("expected a number, got the text …").
 */
export function numberInput(value: unknown, label: string, onValue: (value: unknown) => void): HTMLInputElement {
  const input = element('input', 'number');
  input.type = 'text';
  input.inputMode = 'decimal';
  input.spellcheck = false;
  input.autocomplete = 'off';
  input.setAttribute('aria-label', label);
  input.value = value === undefined ? '' : typeof value === 'number' ? formatNumber(value) : String(value);
  input.addEventListener('input', () => onValue(parseTyped(input.value)));
  return input;
}

/** A typed number as a number when it is one in JSON's grammar; other text as is. */
export function parseTyped(text: string): unknown {
  const trimmed = text.trim();
  return /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(trimmed) || /^-?\d*\.\d+([eE][+-]?\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}
