import { DEFAULT_PRESET, InputError, SCENARIO_PRESETS, formatResultCsv, formatResultJson, parseCount, type Scenario } from '@horizon/sim';
import { Tooltip } from './charts/tooltip.js';
import { downloadBlob } from './charts/export-chart.js';
import { provenanceLine } from './charts/figure-svg.js';
import type { SweepBackend, SweepProgress, SweepRequest, SweepRun } from './compute/sweep-backend.js';
import { checkScenarioText, type ScenarioCheck } from './scenario/check-scenario.js';
import { addStock, removeStock, setAtPath } from './scenario/edit-scenario.js';
import { compactScenarioJson, formatScenarioJson } from './scenario/format-scenario-json.js';
import { locateJsonPath } from './scenario/locate-json-path.js';
import { loadSavedState, saveState } from './scenario/saved-scenario.js';
import { MAX_WEB_SAMPLES, decodeLink, encodeLink } from './scenario/share-link.js';
import { answerOf, contractResult, type Answer } from './answer/answer-of.js';
import { clearAnswer, renderAnswer, type AnswerView } from './answer/render-answer.js';
import { chartDrawer } from './answer/chart-drawers.js';
import { renderPresetCard } from './sources/preset-card.js';
import { isolate } from './charts/isolate.js';
import { wireExportDialog } from './ui/export-dialog.js';
import { RunStatus } from './ui/run-status.js';
import { UrlHistory } from './ui/url-history.js';
import { TrajectoryService } from './compute/trajectory-service.js';
import { buildJsonEditor } from './ui/json-editor.js';
import { buildScenarioForm, type FormAction, type JsonPath, type ScenarioForm } from './ui/scenario-form.js';
import { byId, element, safeFileName } from './ui/dom.js';
import { baselineLabel, type Baseline } from './baseline/baseline.js';
import { WhatIfPanel, DEFAULT_WHATIF_SAMPLES } from './whatif/what-if-panel.js';
import type { WhatIfRunner } from './whatif/what-if-runner.js';
import { settingsFromVaryText, varyText } from './whatif/what-if-settings.js';

/** Sample counts offered in the picker; a link may carry any other count up to MAX_WEB_SAMPLES. */
const SAMPLE_CHOICES = [10_000, 100_000, 1_000_000, 10_000_000];
/** The CLI's defaults, so the page's first answer is `horizon sweep`'s. */
const DEFAULT_SEED = 42;
const DEFAULT_SAMPLES = 1_000_000;
/** Least time between two drawings of a run's partial answers. */
const REFINE_INTERVAL_MS = 200;

/**
 * The page: one scenario (as text, and as decoded JSON for the form), its seed and sample count, and the run
 * in flight. Every edit goes through the CLI's validator; a valid scenario cancels the run in flight and
 * starts a new one, whose partial answers are drawn at most once per frame.
 */
export class App {
  private text = '';
  private json: unknown;
  private source = 'scenario';
  private preset: string | undefined;
  /** Whether `text` passed the validator (the link then carries it compacted). */
  private textValid = false;
  private seed = DEFAULT_SEED;
  private samples = DEFAULT_SAMPLES;
  /** Compute the fan chart's trajectories and the drivers' sensitivity (slower: the reference engine). */
  private extras = true;
  private run: SweepRun | undefined;
  private answer: Answer | undefined;
  private pending: Answer | undefined;
  private frameRequested = false;
  private drawTimer: ReturnType<typeof setTimeout> | undefined;
  private lastDraw = 0;
  private firstDrawn = false;
  private form: ScenarioForm | undefined;
  /** The fan chart's year range as the reader set it (null: the default span). */
  private fanYears: { fromYear: number | null; toYear: number | null } = { fromYear: null, toYear: null };
  /** Whether the change being applied is a committed edit (pushed to history) rather than typing or navigation. */
  private commit = false;
  private readonly status = new RunStatus();
  /** The progress last received, so an answer can be made again when the fan chart's quantiles arrive. */
  private latest: { request: SweepRequest; progress: SweepProgress } | undefined;
  private readonly trajectories = new TrajectoryService(() => {
    if (this.latest) {
      this.pending = this.answerFor(this.latest.request, this.latest.progress);
      this.requestDraw();
    }
  });
  private readonly urlHistory = new UrlHistory((hash) => {
    if (hash !== this.currentHash()) this.loadLink(hash);
  });
  private readonly tooltip = new Tooltip(document.body);
  private readonly editor = buildJsonEditor((text) => this.edit(() => this.setText(text, 'editor'), false));

  /** A pinned answer, kept through edits as a ghost in the charts and a Δ median in the table. */
  private baseline: Baseline | undefined;
  /** The what-if card, once started (it needs the page's DOM). */
  private whatIf: WhatIfPanel | undefined;

  constructor(
    private readonly backend: SweepBackend,
    private readonly whatIfRunner?: WhatIfRunner,
  ) {}

  start(): void {
    byId('json-view').append(this.editor.root);
    this.wireToolbar();
    this.wireDownloads();
    if (this.whatIfRunner) this.whatIf = new WhatIfPanel(this.whatIfRunner, () => this.edit(() => this.saveAndLink()));
    wireExportDialog({
      drawer: (id) => (id === 'whatif-chart' ? this.whatIf?.drawer() : this.answer ? chartDrawer(id, this.answer, this.view(), this.tooltip) : undefined),
      provenance: (id) => (id === 'whatif-chart' ? (this.whatIf?.provenance() ?? '') : this.answer ? provenanceLine(this.answer.result) : ''),
      fileName: () => safeFileName(this.answer?.request.scenario.name ?? 'horizon'),
    });
    this.loadInitialState();
    new ResizeObserver(() => this.requestDraw()).observe(byId('cdf-card'));
  }

  /**
   * Marks the moment of a person's edit, for `npm run bench:web` (edit → first and final chart); a committed
   * edit gets its own history entry.
   */
  private edit(apply: () => void, commit = true): void {
    performance.mark('horizon:edit');
    this.commit = commit;
    try {
      apply();
    } finally {
      this.commit = false;
    }
  }

  private answerFor(request: SweepRequest, progress: SweepProgress): Answer {
    return answerOf(
      request,
      progress.summary,
      progress.final,
      (records, names) => this.trajectories.request(records, names),
      (scenario, _plan, seed) => this.trajectories.requestEvents(scenario, seed),
    );
  }

  private view(): AnswerView {
    return { tornadoStock: byId<HTMLSelectElement>('tornado-stock').value || undefined, ...this.fanYears, baseline: this.baseline };
  }

  private loadInitialState(): void {
    if (location.hash.length > 1) return this.loadLink(location.hash);
    const saved = loadSavedState();
    if (saved) {
      this.seed = saved.seed;
      this.samples = Math.min(saved.samples, MAX_WEB_SAMPLES);
      this.setText(saved.scenarioText, 'load');
      return;
    }
    this.loadPreset(DEFAULT_PRESET);
  }

  /** Reads a link. Anything may be in it: a bad value shows its error, and the page falls back to a preset. */
  private loadLink(hash: string): void {
    try {
      const link = decodeLink(hash);
      this.seed = link.seed ?? DEFAULT_SEED;
      // A link (or Back) sets the seed even while its field has focus.
      byId<HTMLInputElement>('seed').value = String(this.seed);
      this.samples = link.samples ?? DEFAULT_SAMPLES;
      this.extras = link.extras ?? true;
      const whatIf = link.whatIf;
      this.whatIf?.setSettings(whatIf && settingsFromVaryText(whatIf.vary, { samples: whatIf.samples ?? DEFAULT_WHATIF_SAMPLES, byYear: whatIf.byYear ?? 2035 }));
      if (link.scenarioText !== undefined) {
        const check = checkScenarioText(link.scenarioText, 'link');
        if (!check.ok) {
          // An invalid link shows its error over the default preset, whose answer is drawn as usual.
          this.loadPreset(DEFAULT_PRESET);
          this.showBanner('This link’s scenario has an error; showing the default preset instead.', check.error.message);
          return;
        }
        this.setText(link.scenarioText, 'load', 'link');
      } else this.loadPreset(link.preset ?? DEFAULT_PRESET);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      this.loadPreset(DEFAULT_PRESET);
      this.showBanner('This link could not be read; showing the default preset instead.', error.message);
    }
  }

  private loadPreset(name: string): void {
    // Own keys only, so a name like "toString" falls back to the default preset.
    const known = Object.hasOwn(SCENARIO_PRESETS, name) ? name : DEFAULT_PRESET;
    this.setText(formatScenarioJson(SCENARIO_PRESETS[known]), 'load', 'scenario', known);
  }

  /**
   * The one way the scenario changes. `origin` says which view the text came from, so the others follow:
   * the JSON view keeps the person's text as typed, and the form is rebuilt only when the change came from
   * elsewhere (so a field being typed in keeps its focus).
   */
  private setText(text: string, origin: 'editor' | 'form' | 'load', source = 'scenario', preset?: string): void {
    this.text = text;
    this.source = source;
    this.preset = preset;
    const check = checkScenarioText(text, source);
    this.textValid = check.ok;
    if (check.json !== undefined) this.json = check.json;
    if (origin !== 'editor') this.editor.setText(text);
    if (origin !== 'form' && (check.json !== undefined || origin === 'load')) this.rebuildForm();
    this.syncToolbar();
    this.applyCheck(check);
  }

  private applyCheck(check: ScenarioCheck): void {
    if (!check.ok) {
      const { error } = check;
      this.form?.showError(error.path, error.message);
      this.editor.showError(locateJsonPath(this.text, error.path)?.line ?? null, error.message);
      this.showBanner(this.answer ? 'The scenario has an error; the charts show the last valid scenario.' : 'The scenario has an error.', error.message);
      document.body.dataset.state = 'invalid';
      if (!this.answer) clearAnswer('No answer yet: fix the scenario.');
      this.saveAndLink();
      return;
    }
    this.form?.showError(null, '');
    this.editor.showError(null, '');
    this.hideBanner();
    // The run first: saving and linking (storage, history) can wait the few milliseconds it takes to start.
    this.startRun(check.scenario);
    this.saveAndLink();
  }

  private rebuildForm(): void {
    this.form = buildScenarioForm(
      this.json,
      (path, value) => this.edit(() => this.formEdit(path, value)),
      (action) => this.edit(() => this.formAction(action)),
    );
    byId('form-view').replaceChildren(this.form.root);
  }

  private formEdit(path: JsonPath, value: unknown): void {
    this.json = setAtPath(this.json, path, value);
    this.setText(formatScenarioJson(this.json), 'form');
  }

  private formAction(action: FormAction): void {
    this.json = action.kind === 'add-stock' ? addStock(this.json) : removeStock(this.json, action.index);
    this.setText(formatScenarioJson(this.json), 'load');
  }

  private startRun(scenario: Scenario): void {
    this.run?.cancel();
    const request: SweepRequest = { scenario, seed: this.seed, samples: this.samples, sections: { trajectories: this.extras, sensitivity: this.extras } };
    performance.mark('horizon:run-start');
    this.whatIf?.setScenario(scenario, this.seed);
    this.firstDrawn = false;
    this.status.start(this.samples);
    this.syncPin();
    document.body.dataset.state = 'running';
    this.setDownloadsEnabled(false);
    const run = this.backend.run(request, (progress: SweepProgress) => {
      if (this.run !== run) return;
      this.latest = { request, progress };
      this.pending = this.answerFor(request, progress);
      this.requestDraw();
    });
    this.run = run;
    run.finished.then((summary) => {
      if (summary === null && this.run === run && document.body.dataset.state === 'running') {
        document.body.dataset.state = 'stopped';
        this.status.stopped(this.answer?.summary.samples ?? 0);
        if (this.answer) this.setDownloadsEnabled(true, false);
      }
    }, () => undefined);
    run.finished.catch((error: Error) => {
      if (this.run !== run) return;
      document.body.dataset.state = 'fault';
      this.showBanner('The computation failed (a fault of the program; please report it).', error.message);
    });
  }

  /**
   * Draws the latest answer on an animation frame: at most one draw per frame, whatever the progress rate.
   * A run's first answer is drawn at once; the final one (and a resize) on the next frame; partial answers at
   * most every REFINE_INTERVAL_MS, which leaves the main thread free to merge the workers' blocks.
   */
  private requestDraw(): void {
    if (this.pending && !this.firstDrawn && !this.frameRequested) {
      // A run's first answer is drawn at once, not on the next frame: it is what makes an edit feel live.
      this.answer = this.pending;
      this.pending = undefined;
      this.draw(this.answer);
      this.lastDraw = performance.now();
      return;
    }
    const urgent = !this.pending || this.pending.final || !this.firstDrawn;
    if (this.frameRequested) return;
    if (this.drawTimer !== undefined) {
      if (!urgent) return;
      clearTimeout(this.drawTimer);
      this.drawTimer = undefined;
    }
    const wait = urgent ? 0 : this.lastDraw + REFINE_INTERVAL_MS - performance.now();
    if (wait > 0) {
      this.drawTimer = setTimeout(() => {
        this.drawTimer = undefined;
        this.drawOnNextFrame();
      }, wait);
    } else {
      this.drawOnNextFrame();
    }
  }

  private drawOnNextFrame(): void {
    this.frameRequested = true;
    requestAnimationFrame(() => {
      this.frameRequested = false;
      if (this.pending) {
        this.answer = this.pending;
        this.pending = undefined;
      }
      if (this.answer) this.draw(this.answer);
      this.lastDraw = performance.now();
      if (this.pending) this.requestDraw();
    });
  }

  private draw(answer: Answer): void {
    renderAnswer(answer, this.tooltip, this.view());
    this.syncTornadoPicker(Object.keys(answer.result.stocks));
    renderPresetCard(byId('preset-card'), this.preset, answer.request.scenario as { source?: unknown }, answer.result);
    const { samples } = answer.request;
    const done = answer.summary.samples;
    if (!this.firstDrawn) {
      this.firstDrawn = true;
      performance.mark('horizon:first-chart');
      // The what-if card enables its own export once its sweep is drawn.
      for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-export]:not(#whatif-export)')) button.disabled = false;
    }
    // The final answer is done once its fan chart's quantiles have arrived too.
    if (answer.final && !answer.pendingTrajectories && document.body.dataset.state === 'running') {
      performance.mark('horizon:final-chart');
      const engine = this.backend.engine === 'kernel' ? 'WebAssembly kernel' : 'reference engine';
      const first = Object.entries(answer.result.stocks)[0];
      const median = first[1].quantiles.p50;
      this.status.done(
        `${done.toLocaleString('en-US')} samples in ${this.status.elapsedSeconds().toFixed(2)} s, ${engine} on ${this.backend.workerCount} worker${this.backend.workerCount === 1 ? '' : 's'}`,
        `Done: ${isolate(first[0])} exhausted in ${median === null ? `no year before ${answer.result.horizonYear}` : median.toFixed(1)} (median of ${done.toLocaleString('en-US')} samples).`,
      );
      document.body.dataset.state = 'done';
      this.setDownloadsEnabled(true);
      this.syncPin();
    } else if (document.body.dataset.state === 'running') {
      this.status.progress(done, samples);
    }
    const presetFlag = this.preset ? `--preset ${this.preset}` : '--scenario FILE';
    byId('cli-equivalent').textContent = `Same numbers as: horizon sweep ${presetFlag} --seed ${answer.request.seed} --samples ${answer.request.samples} --format json (the fan and driver data: add --trajectories --explain)`;
  }

  private syncTornadoPicker(names: string[]): void {
    const select = byId<HTMLSelectElement>('tornado-stock');
    const current = [...select.options].map((o) => o.value);
    if (current.length === names.length && current.every((name, k) => name === names[k])) return;
    const chosen = select.value;
    select.replaceChildren(...names.map((name) => new Option(name, name, false, name === chosen)));
  }

  private saveAndLink(): void {
    saveState({ scenarioText: this.text, seed: this.seed, samples: this.samples });
    this.urlHistory.record(this.currentHash(), this.commit);
  }

  private currentHash(): string {
    const extras = this.extras;
    const settings = this.whatIf?.linkSettings;
    const whatIf = settings && { vary: varyText(settings), samples: settings.samples, byYear: settings.byYear };
    if (this.preset !== undefined) return encodeLink({ preset: this.preset, seed: this.seed, samples: this.samples, extras, whatIf });
    const scenarioJson = this.textValid ? compactScenarioJson(this.json) : this.text;
    return encodeLink({ scenarioJson, seed: this.seed, samples: this.samples, extras, whatIf });
  }

  private showBanner(title: string, message: string): void {
    byId('error-title').textContent = title;
    byId('error-message').textContent = message;
    byId('error-banner').hidden = false;
  }

  private hideBanner(): void {
    byId('error-banner').hidden = true;
  }

  private syncToolbar(): void {
    const preset = byId<HTMLSelectElement>('preset');
    if (preset.options.length === 0) {
      for (const name of Object.keys(SCENARIO_PRESETS)) preset.append(new Option(name, name));
      preset.append(new Option('custom scenario', ''));
    }
    preset.value = this.preset ?? '';
    const samples = byId<HTMLSelectElement>('samples');
    const choices = [...new Set([...SAMPLE_CHOICES, this.samples])].sort((a, b) => a - b);
    if (samples.options.length !== choices.length) samples.replaceChildren(...choices.map((n) => new Option(n.toLocaleString('en-US'), String(n))));
    samples.value = String(this.samples);
    const seed = byId<HTMLInputElement>('seed');
    if (document.activeElement !== seed) seed.value = String(this.seed);
    byId<HTMLInputElement>('extras').checked = this.extras;
  }

  private wireToolbar(): void {
    byId<HTMLSelectElement>('preset').addEventListener('change', (event) => {
      const name = (event.target as HTMLSelectElement).value;
      if (name) this.edit(() => this.loadPreset(name));
    });
    byId<HTMLSelectElement>('samples').addEventListener('change', (event) => {
      this.samples = Number((event.target as HTMLSelectElement).value);
      this.edit(() => this.setText(this.text, 'editor', this.source, this.preset));
    });
    const seed = byId<HTMLInputElement>('seed');
    seed.addEventListener('change', () => {
      try {
        this.seed = parseCount(seed.value, 'seed', 0, Number.MAX_SAFE_INTEGER);
        seed.setCustomValidity('');
        this.edit(() => this.setText(this.text, 'editor', this.source, this.preset));
      } catch (error) {
        seed.setCustomValidity((error as Error).message);
        seed.reportValidity();
      }
    });
    byId<HTMLInputElement>('extras').addEventListener('change', (event) => {
      this.extras = (event.target as HTMLInputElement).checked;
      this.edit(() => this.setText(this.text, 'editor', this.source, this.preset));
    });
    byId('new-seed').addEventListener('click', () => {
      this.seed = crypto.getRandomValues(new Uint32Array(1))[0];
      this.edit(() => this.setText(this.text, 'editor', this.source, this.preset));
    });
    byId('share').addEventListener('click', async () => {
      const url = location.href;
      try {
        await navigator.clipboard.writeText(url);
        this.status.say('Link copied.');
      } catch {
        this.status.say('The address bar holds the link to share.');
      }
    });
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
    // The tab pattern of WAI-ARIA: one tab stop, arrow keys move between the tabs.
    for (const id of ['tab-form', 'tab-json']) {
      byId(id).addEventListener('keydown', (event) => {
        if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
        const json = id === 'tab-form';
        showTab(json);
        byId(json ? 'tab-json' : 'tab-form').focus();
      });
    }
    byId('stop').addEventListener('click', () => this.run?.cancel());
    const yearRange = () => {
      const from = Number(byId<HTMLInputElement>('fan-from').value);
      const to = Number(byId<HTMLInputElement>('fan-to').value);
      this.fanYears = { fromYear: Number.isInteger(from) ? from : null, toYear: Number.isInteger(to) && to > from ? to : null };
      this.requestDraw();
    };
    byId('fan-from').addEventListener('change', yearRange);
    for (const details of document.querySelectorAll('details.data')) details.addEventListener('toggle', () => this.requestDraw());
    byId('fan-to').addEventListener('change', yearRange);
    byId<HTMLInputElement>('open-file').addEventListener('change', async (event) => {
      const input = event.target as HTMLInputElement;
      const file = input.files?.[0];
      input.value = '';
      if (file) {
        const text = await file.text();
        this.edit(() => this.setText(text, 'load', file.name));
      }
    });
    byId<HTMLSelectElement>('tornado-stock').addEventListener('change', () => this.requestDraw());
    byId('pin-baseline').addEventListener('click', () => this.togglePin());
  }

  /** Pins the final answer shown as the baseline, or unpins it; the charts are drawn again at once. */
  private togglePin(): void {
    if (this.baseline) this.baseline = undefined;
    else if (this.answer?.final) this.baseline = { answer: this.answer, hash: this.currentHash() };
    this.syncPin();
    if (this.answer) renderAnswer(this.answer, this.tooltip, this.view());
  }

  /** The pin button (enabled on a final answer, or to unpin) and the note naming the baseline with its own link. */
  private syncPin(): void {
    const button = byId<HTMLButtonElement>('pin-baseline');
    const pinned = this.baseline !== undefined;
    button.textContent = pinned ? 'Unpin baseline' : 'Pin as baseline';
    button.setAttribute('aria-pressed', String(pinned));
    button.disabled = !pinned && !(this.answer?.final && document.body.dataset.state === 'done');
    const note = byId('baseline-note');
    note.hidden = !this.baseline;
    if (!this.baseline) return note.replaceChildren();
    const link = element('a', undefined, 'open it');
    link.href = this.baseline.hash;
    note.replaceChildren(`Grey dashes: the pinned baseline (${baselineLabel(this.baseline)}), kept through your edits; it stays on this page, and this link reopens it: `, link, '.');
  }

  private wireDownloads(): void {
    const name = () => safeFileName(this.answer?.request.scenario.name ?? 'horizon');
    byId('download-scenario').addEventListener('click', () => {
      const scenarioName = this.json && typeof this.json === 'object' ? String((this.json as { name?: unknown }).name ?? 'scenario') : 'scenario';
      downloadBlob(new Blob([this.text], { type: 'application/json' }), `${safeFileName(scenarioName)}.json`);
    });
    byId('download-json').addEventListener('click', () => {
      if (this.answer?.final) downloadBlob(new Blob([formatResultJson(contractResult(this.answer.result))], { type: 'application/json' }), `${name()}-result.json`);
    });
    byId('download-full-json').addEventListener('click', () => {
      if (this.answer?.final) downloadBlob(new Blob([formatResultJson(this.answer.result)], { type: 'application/json' }), `${name()}-result-full.json`);
    });
    byId('download-csv').addEventListener('click', () => {
      if (this.answer?.final) downloadBlob(new Blob([formatResultCsv(this.answer.result)], { type: 'text/csv' }), `${name()}-result.csv`);
    });
  }

  /** The result downloads are the CLI's bytes, so they wait for the final answer (or, after Stop, for none). */
  private setDownloadsEnabled(enabled: boolean, final = true): void {
    for (const id of ['download-json', 'download-full-json', 'download-csv']) byId<HTMLButtonElement>(id).disabled = !(enabled && final);
  }
}
