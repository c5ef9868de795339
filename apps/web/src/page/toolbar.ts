import { SCENARIO_PRESETS } from '@horizon/sim';
import { byId } from '../ui/dom.js';
import type { PageState } from './page-state.js';

/** Sample counts offered in the picker; a link may carry any other count up to MAX_WEB_SAMPLES. */
const SAMPLE_CHOICES = [10_000, 100_000, 1_000_000, 10_000_000];

/** What the toolbar's controls ask of the page. */
export interface ToolbarActions {
  loadPreset(name: string): void;
  /** Run again with the state's new seed, samples or extras. */
  rerun(): void;
  /** A seed as typed; throws (an InputError) when it is not one. */
  setSeed(text: string): void;
  /** Tells the reader something in the status line (a copied link). */
  say(text: string): void;
  stop(): void;
  openFile(text: string, name: string): void;
  /** Draw again (a changed view: year range, tornado stock, an opened data table). */
  redraw(): void;
  togglePin(): void;
  /** The page's address with the latest edit in it, to share. */
  address(): string;
}

/** Wires the toolbar and the controls around the charts to `actions`, reading and writing `state`. */
export function wireToolbar(state: PageState, actions: ToolbarActions): void {
  byId<HTMLSelectElement>('preset').addEventListener('change', (event) => {
    const name = (event.target as HTMLSelectElement).value;
    if (name) actions.loadPreset(name);
  });
  byId<HTMLSelectElement>('samples').addEventListener('change', (event) => {
    state.samples = Number((event.target as HTMLSelectElement).value);
    actions.rerun();
  });
  const seed = byId<HTMLInputElement>('seed');
  seed.addEventListener('change', () => {
    try {
      actions.setSeed(seed.value);
      seed.setCustomValidity('');
      actions.rerun();
    } catch (error) {
      seed.setCustomValidity((error as Error).message);
      seed.reportValidity();
    }
  });
  byId<HTMLInputElement>('extras').addEventListener('change', (event) => {
    state.extras = (event.target as HTMLInputElement).checked;
    actions.rerun();
  });
  byId('new-seed').addEventListener('click', () => {
    state.seed = crypto.getRandomValues(new Uint32Array(1))[0];
    actions.rerun();
  });
  byId('share').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(actions.address());
      actions.say('Link copied.');
    } catch {
      actions.say('The address bar holds the link to share.');
    }
  });
  wireTabs();
  byId('stop').addEventListener('click', () => actions.stop());
  const yearRange = () => {
    const from = Number(byId<HTMLInputElement>('fan-from').value);
    const to = Number(byId<HTMLInputElement>('fan-to').value);
    state.fanYears = { fromYear: Number.isInteger(from) ? from : null, toYear: Number.isInteger(to) && to > from ? to : null };
    actions.redraw();
  };
  byId('fan-from').addEventListener('change', yearRange);
  for (const details of document.querySelectorAll('details.data')) details.addEventListener('toggle', () => actions.redraw());
  byId('fan-to').addEventListener('change', yearRange);
  byId<HTMLInputElement>('open-file').addEventListener('change', async (event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) actions.openFile(await file.text(), file.name);
  });
  byId<HTMLSelectElement>('tornado-stock').addEventListener('change', () => actions.redraw());
  byId('pin-baseline').addEventListener('click', () => actions.togglePin());
}

/** Shows the state in the toolbar: the preset (or "custom scenario"), the sample count, the seed and extras. */
export function syncToolbar(state: PageState): void {
  const preset = byId<HTMLSelectElement>('preset');
  if (preset.options.length === 0) {
    for (const name of Object.keys(SCENARIO_PRESETS)) preset.append(new Option(name, name));
    preset.append(new Option('custom scenario', ''));
  }
  preset.value = state.preset ?? '';
  const samples = byId<HTMLSelectElement>('samples');
  const choices = [...new Set([...SAMPLE_CHOICES, state.samples])].sort((a, b) => a - b);
  // Compared by value, not by count: two links with different off-menu counts have menus of the same length.
  const shown = [...samples.options].map((option) => option.value);
  if (shown.join() !== choices.join()) samples.replaceChildren(...choices.map((n) => new Option(n.toLocaleString('en-US'), String(n))));
  samples.value = String(state.samples);
  const seed = byId<HTMLInputElement>('seed');
  if (document.activeElement !== seed) seed.value = String(state.seed);
  byId<HTMLInputElement>('extras').checked = state.extras;
}

/** The form and JSON tabs, in the WAI-ARIA tab pattern: one tab stop, arrow keys move between the tabs. */
function wireTabs(): void {
  const showTab = (json: boolean) => {
    byId('form-view').hidden = json;
    byId('json-view').hidden = !json;
    byId('tab-form').setAttribute('aria-selected', String(!json));
    byId('tab-json').setAttribute('aria-selected', String(json));
    byId('tab-form').tabIndex = json ? -1 : 0;
    byId('tab-json').tabIndex = json ? 0 : -1;
  };
  byId('tab-form').addEventListener('click', () => showTab(false));
  byId('tab-json').addEventListener('click', () => showTab(true));
  for (const id of ['tab-form', 'tab-json']) {
    byId(id).addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
      const json = id === 'tab-form';
      showTab(json);
      byId(json ? 'tab-json' : 'tab-form').focus();
    });
  }
}
