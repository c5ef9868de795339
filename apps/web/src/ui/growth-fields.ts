import type { InputRole } from '@horizon/sim/internal';
import { SCENARIO_INPUTS } from '@horizon/sim/internal';
import { inputHint } from './input-hint.js';
import { isObject, type FormFields, type JsonPath } from './form-fields.js';

/**
 * A growth factor's fields: one distribution for all years, or a schedule's segments, each with its break
 * year (a number, or a distribution when uncertain) and its factor.
 */
export function growthFields(fields: FormFields, path: JsonPath, role: InputRole, value: unknown, section: HTMLElement): void {
  const { label } = SCENARIO_INPUTS[role];
  const hint = inputHint(SCENARIO_INPUTS[role]);
  if (!Array.isArray(value)) {
    section.append(fields.dist(path, label, hint, value));
    return;
  }
  value.forEach((segment: unknown, k) => {
    const seg = isObject(segment) ? segment : {};
    const last = k === value.length - 1;
    const span = last ? (k === 0 ? 'all years' : `after ${untilText(value[k - 1]?.until)}`) : `until ${untilText(seg.until)}`;
    // An uncertain break year (uniform or triangular) gets a distribution field; a fixed one a number.
    const ends = `${label}: segment ${k + 1} ends`;
    if (!last) section.append(typeof seg.until === 'number' || seg.until === undefined ? fields.plain([...path, k, 'until'], ends, 'year', seg.until) : fields.dist([...path, k, 'until'], ends, 'year', seg.until));
    section.append(fields.dist([...path, k, 'factor'], `${label} (${span})`, hint, seg.factor));
  });
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
