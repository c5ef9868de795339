import { formSection, isObject, type FormFields, type Json } from './form-fields.js';

/** How runs repeat their data: max epochs and the decay of repeated data's worth, shown at their defaults when left out. */
export function trainingSection(root: HTMLElement, fields: FormFields, json: Json): void {
  const training = formSection(root, 'Training: repeating data');
  const given = isObject(json.training) ? json.training : {};
  training.append(fields.input(['training', 'maxEpochs'], 'training.maxEpochs', given.maxEpochs));
  training.append(fields.input(['training', 'rStar'], 'training.rStar', given.rStar));
}
