import { element } from './dom.js';
import { formSection, type FormFields, type Json } from './form-fields.js';

/** The form's first section: the projection's start and horizon years, side by side. */
export function yearsSection(root: HTMLElement, fields: FormFields, json: Json): void {
  const row = element('div', 'field-row');
  row.append(fields.plain(['startYear'], 'Start year', 'first year', json.startYear), fields.plain(['horizonYear'], 'Horizon year', 'last year', json.horizonYear));
  formSection(root, 'Years').append(row);
}
