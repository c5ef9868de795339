import { InputError, compilePlan, parseJson, validateScenario, type Scenario } from '@horizon/sim';

/** The outcome of checking scenario text: the scenario, or the CLI's one-line error and where it points. */
export type ScenarioCheck =
  | { readonly ok: true; readonly scenario: Scenario; readonly json: unknown }
  | { readonly ok: false; readonly error: InputError; readonly json: unknown };

/**
 * Checks scenario text exactly as `horizon sweep --scenario FILE` does (parse, validate, compile), so the
 * page shows the CLI's message. `source` names the text in JSON syntax errors, as the CLI names the file.
 * `json` is the decoded value when the text is at least valid JSON, so the form can still show it.
 */
export function checkScenarioText(text: string, source: string): ScenarioCheck {
  let json: unknown;
  try {
    json = parseJson(text, source);
  } catch (error) {
    return { ok: false, error: asInputError(error), json: undefined };
  }
  return checkScenarioValue(json);
}

/** Validates and compiles an already-decoded scenario. */
export function checkScenarioValue(json: unknown): ScenarioCheck {
  try {
    const scenario = validateScenario(json);
    // Compiling catches what only the plan can see, e.g. a scaling-law samples file, which a page cannot read.
    compilePlan(scenario);
    return { ok: true, scenario, json };
  } catch (error) {
    return { ok: false, error: asInputError(error), json };
  }
}

function asInputError(error: unknown): InputError {
  if (error instanceof InputError) return error;
  throw error;
}
