import { DEMAND_MODE_WORDS, SCALING_LAW_PRESETS, SCENARIO_INPUTS } from '@horizon/sim/internal';
import { element } from './dom.js';
import { appendSource, fieldHead, formSection, isObject, type FormFields, type Json, type JsonPath } from './form-fields.js';
import { growthFields } from './growth-fields.js';

/** One section per demand model: its weight in a mixture, then a trend's or a compute model's inputs. */
export function demandSections(root: HTMLElement, fields: FormFields, json: Json): void {
  const models: unknown[] = Array.isArray(json.demand) ? json.demand : [json.demand];
  models.forEach((model, k) => {
    const base: JsonPath = Array.isArray(json.demand) ? ['demand', k] : ['demand'];
    const mode = isObject(model) && model.mode === 'compute' ? 'compute' : 'trend';
    const demand = formSection(root, models.length > 1 ? `Demand model ${k + 1}: ${DEMAND_MODE_WORDS[mode]}` : 'Demand: the largest training run');
    appendSource(demand, model);
    if (!isObject(model)) {
      demand.append(element('p', 'field-hint', 'Not a demand model; edit it in the JSON view.'));
      return;
    }
    const weight = SCENARIO_INPUTS['demand.weight'];
    if (models.length > 1) demand.append(fields.plain([...base, 'weight'], weight.label, `${weight.unit}, ${weight.domain.rule}`, model.weight));
    if (model.mode === 'compute') {
      demand.append(fields.input([...base, 'flops0'], 'compute.flops0', model.flops0));
      growthFields(fields, [...base, 'growthPerYear'], 'compute.growthPerYear', model.growthPerYear, demand);
      demand.append(fields.input([...base, 'overtraining'], 'compute.overtraining', model.overtraining));
      demand.append(scalingLawField(fields, [...base, 'scalingLaw'], model.scalingLaw));
    } else {
      demand.append(fields.input([...base, 'tokens0'], 'trend.tokens0', model.tokens0));
      growthFields(fields, [...base, 'growthPerYear'], 'trend.growthPerYear', model.growthPerYear, demand);
    }
  });
}

/** The scaling law by preset name; a law of the scenario's own is edited in the JSON view. */
function scalingLawField(fields: FormFields, path: JsonPath, law: unknown): HTMLElement {
  const field = element('div', 'field');
  const select = element('select', 'kind');
  select.setAttribute('aria-label', 'scaling law');
  for (const name of Object.keys(SCALING_LAW_PRESETS)) select.append(new Option(name, name, false, law === name));
  if (typeof law !== 'string') select.append(new Option('custom (JSON view)', '', false, true));
  select.addEventListener('change', () => {
    if (select.value) fields.onChange(path, select.value);
  });
  field.append(fieldHead('Scaling law', 'Chinchilla-form fit'), select, element('div', 'field-error'));
  return fields.register(path, field);
}
