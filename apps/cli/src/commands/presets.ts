import { SCENARIO_PRESETS, DEFAULT_PRESET, presetSummary } from '@horizon/sim';
import { inputError, PRESET_FIGURES, SCALING_LAW_PRESETS, presetFacts, scenarioSources } from '@horizon/sim/internal';
import { EXIT_OK, type CliIo } from '../io.js';

/**
 * `horizon presets`: the built-in scenarios and scaling laws, one line each with its source. `horizon presets
 * NAME` gives the figure that preset's paper published and Horizon's (the web app's preset card says the same),
 * then lists its sources, one per input that carries one ("source" in the scenario file).
 */
export function presetsCommand(io: CliIo, name?: string): number {
  if (name !== undefined) return presetSourcesCommand(io, name);
  const lines = ['Scenarios (horizon sweep --preset NAME; docs/presets/NAME.md gives every input\'s source):'];
  const names = Object.keys(SCENARIO_PRESETS);
  const width = Math.max(...names.map((n) => n.length), ...Object.keys(SCALING_LAW_PRESETS).map((n) => n.length));
  for (const name of names) {
    const mark = name === DEFAULT_PRESET ? ' (default)' : '';
    lines.push(`  ${name.padEnd(width)}  ${firstSentence(presetSummary(name))}${mark}`);
  }
  lines.push('', 'Each input\'s source: horizon presets NAME.', '', 'Scaling laws ("scalingLaw": NAME in compute-mode demand):');
  for (const [name, law] of Object.entries(SCALING_LAW_PRESETS)) {
    lines.push(`  ${name.padEnd(width)}  ${law.description}. Source: ${law.source}.`);
  }
  io.stdout.write(lines.join('\n') + '\n');
  return EXIT_OK;
}

function firstSentence(text: string): string {
  const end = text.search(/(?<!\bal|\bet|\be\.g|\bi\.e)\.\s+(?=[A-Z])/);
  return end === -1 ? text : text.slice(0, end + 1);
}

function presetSourcesCommand(io: CliIo, name: string): number {
  if (!Object.hasOwn(SCENARIO_PRESETS, name)) {
    throw inputError('unknownPreset', 'presets', name, Object.keys(SCENARIO_PRESETS));
  }
  const lines = [`${name}: ${presetSummary(name)}`, ''];
  const figures = PRESET_FIGURES[name];
  if (figures) {
    const facts = presetFacts(figures);
    lines.push(`Published: ${facts.published}`, `Horizon: ${facts.fidelity}`, `How it is built: ${figures.docsPage}`, '');
  }
  for (const { path, source } of scenarioSources(SCENARIO_PRESETS[name])) lines.push(`${path === '' ? '(scenario)' : path}`, `  ${source}`);
  io.stdout.write(lines.join('\n') + '\n');
  return EXIT_OK;
}
