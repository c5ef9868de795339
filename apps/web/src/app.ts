import { DEFAULT_PRESET, SCENARIO_PRESETS, type Plan, type Scenario, type SweepSummary } from '@horizon/sim';
import { AXIS_STEP_YEARS, axisEndYear, parseCount } from '@horizon/sim/internal';
import { Tooltip } from './charts/tooltip.js';
import { provenanceLine } from './charts/figure-svg.js';
import type { SweepBackend, SweepProgress, SweepRequest, SweepRun } from './compute/sweep-backend.js';
import { checkScenarioText, type ScenarioCheck } from './scenario/check-scenario.js';
import { addStock, removeStock, setAtPath } from './scenario/edit-scenario.js';
import { formatScenarioJson } from './scenario/format-scenario-json.js';
import { locateJsonPath } from './scenario/locate-json-path.js';
import { answerOf, requestExtras, type Answer, type EventsFor, type TrajectoriesFor } from './answer/answer-of.js';
import { clearAnswer, fanYearsShown, renderAnswer, type AnswerView } from './answer/render-answer.js';
import { chartDrawer } from './answer/chart-drawers.js';
import { renderPresetCard } from './sources/preset-card.js';
import { isolate } from './charts/isolate.js';
import { wireExportDialog } from './ui/export-dialog.js';
import { RunStatus } from './ui/run-status.js';
import { TrajectoryService } from './compute/trajectory-service.js';
import { buildJsonEditor } from './ui/json-editor.js';
import { buildScenarioForm, type FormAction, type JsonPath, type ScenarioForm } from './ui/scenario-form.js';
import { byId, safeFileName } from './ui/dom.js';
import { WhatIfPanel } from './whatif/what-if-panel.js';
import type { WhatIfRunner } from './whatif/what-if-runner.js';
import { initialPageState } from './page/page-state.js';
import { LinkSync, type LinkTarget } from './page/link-sync.js';
import { DrawScheduler } from './page/draw-scheduler.js';
import { syncToolbar, wireToolbar } from './page/toolbar.js';
import { setDownloadsEnabled, wireDownloads } from './page/downloads.js';
import { hideBanner, showBanner } from './page/error-banner.js';
import { syncBaselinePin } from './page/baseline-pin.js';
import { syncTornadoPicker } from './page/tornado-picker.js';

/**
 * The page: its state (page/page-state.ts) kept in the address and storage (page/link-sync.ts), and the run in
 * flight. Every edit goes through the CLI's validator; a valid scenario cancels the run in flight and starts a
 * new one, whose partial answers are drawn at most once per frame (page/draw-scheduler.ts).
 */
export class App {
  private readonly state = initialPageState();
  private run: SweepRun | undefined;
  private form: ScenarioForm | undefined;
  /** The scenario text the form shows (built from, or edited to). */
  private formText: string | undefined;
  /** Whether the change being applied is a committed edit (pushed to history) rather than typing or navigation. */
  private commit = false;
  private readonly status = new RunStatus();
  /**
   * The last scenario text checked and its outcome: a rerun of the same text (a seed, the sample count, Rerun)
   * validates nothing, and keeps the same Scenario object, by which the page finds its compiled plan and the
   * fan chart's and drivers' kept results.
   */
  private lastCheck: { readonly text: string; readonly source: string; readonly check: ScenarioCheck } | undefined;
  /** The progress last received, so an answer can be made again when the fan chart's quantiles arrive. */
  private latest: { request: SweepRequest; progress: SweepProgress } | undefined;
  /** Whether the run's final chart is drawn (its every chart final; the page is done once every year is in too). */
  private finalDrawn = false;
  /**
   * The answer that made the page done, which the result downloads write: a late reply of the fan chart's
   * worker can still make the page draw an answer with only the years it shows, which must not be downloaded.
   */
  private doneAnswer: Answer | undefined;
  private readonly scheduler = new DrawScheduler<Answer>((answer, first) => this.draw(answer, first));
  private readonly trajectories = new TrajectoryService(
    () => {
      if (this.latest) this.scheduler.offer(this.answerFor(this.latest.request, this.latest.progress));
    },
    undefined,
    () => this.backend.kernel,
  );
  private readonly link = new LinkSync(this.state, () => this.whatIf?.linkSettings, (hash) => this.link.open(hash, this.linkTarget));
  private readonly tooltip = new Tooltip(document.body);
  private readonly editor = buildJsonEditor((text) => this.edit(() => this.setText(text, 'editor'), false));
  /** The what-if card, once started (it needs the page's DOM). */
  private whatIf: WhatIfPanel | undefined;

  constructor(
    private readonly backend: SweepBackend,
    private readonly whatIfRunner?: WhatIfRunner,
  ) {}

  private get answer(): Answer | undefined {
    return this.scheduler.answer;
  }

  start(): void {
    byId('json-view').append(this.editor.root);
    wireToolbar(this.state, {
      loadPreset: (name) => this.edit(() => this.loadPreset(name)),
      rerun: () => this.edit(() => this.setText(this.state.text, 'editor', this.state.source, this.state.preset)),
      setSeed: (text) => (this.state.seed = parseCount(text, 'seed', 0, Number.MAX_SAFE_INTEGER)),
      say: (text) => this.status.say(text),
      stop: () => this.run?.cancel(),
      openFile: (text, name) => this.edit(() => this.setText(text, 'load', name)),
      redraw: () => this.scheduler.request(),
      togglePin: () => this.togglePin(),
      address: () => this.link.address(),
    });
    wireDownloads(() => this.state, () => this.doneAnswer);
    if (this.whatIfRunner) this.whatIf = new WhatIfPanel(this.whatIfRunner, () => this.edit(() => this.link.save(this.commit)));
    wireExportDialog({
      drawer: (id) => (id === 'whatif-chart' ? this.whatIf?.drawer() : this.answer ? chartDrawer(id, this.answer, this.view(), this.tooltip) : undefined),
      provenance: (id) => (id === 'whatif-chart' ? (this.whatIf?.provenance() ?? '') : this.answer ? provenanceLine(this.answer.result) : ''),
      fileName: () => safeFileName(this.answer?.request.scenario.name ?? 'horizon'),
    });
    this.link.restore(this.linkTarget);
    new ResizeObserver(() => this.scheduler.request()).observe(byId('cdf-card'));
  }

  /** What a link, Back/Forward or the saved state does to the page. */
  private readonly linkTarget: LinkTarget = {
    setSeed: (seed) => (byId<HTMLInputElement>('seed').value = String(seed)),
    setWhatIf: (settings) => this.whatIf?.setSettings(settings),
    loadText: (text, source) => this.setText(text, 'load', source),
    loadPreset: (name) => this.loadPreset(name),
    showBanner,
  };

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
    return answerOf(request, progress.summary, progress.final, ...this.extrasFor(request));
  }

  /** Where the request's fan chart and drivers come from: the trajectory service's workers. */
  private extrasFor(request: SweepRequest): [TrajectoriesFor, EventsFor] {
    return [
      (_request, plan, summary, final) => this.trajectories.request(request, this.fanThrough(plan, summary, final)),
      (scenario, _plan, seed) => this.trajectories.requestEvents(scenario, seed),
    ];
  }

  /**
   * The last year of the fan chart's quantiles an answer needs: the last year the chart shows with `summary`,
   * and while the counts refine one axis step more (their axis may end a step later); Infinity (every year) when
   * that reaches the horizon.
   */
  private fanThrough(plan: Plan, summary: SweepSummary, final: boolean): number {
    const { toYear } = fanYearsShown(plan.startYear, axisEndYear(summary), this.view());
    const through = final ? toYear : toYear + AXIS_STEP_YEARS;
    return through >= plan.horizonYear ? Infinity : through;
  }

  private view(): AnswerView {
    return { tornadoStock: byId<HTMLSelectElement>('tornado-stock').value || undefined, ...this.state.fanYears, baseline: this.state.baseline };
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
    Object.assign(this.state, { text, source, preset });
    const check = this.lastCheck?.text === text && this.lastCheck.source === source ? this.lastCheck.check : checkScenarioText(text, source);
    this.lastCheck = { text, source, check };
    this.state.textValid = check.ok;
    if (check.json !== undefined) this.state.json = check.json;
    if (origin !== 'editor') this.editor.setText(text);
    // A rerun of the same text (a seed, the sample count, Rerun) leaves the form as it is: rebuilding its few
    // hundred elements held the run's start back and cost a style pass of the page.
    if (origin === 'form') this.formText = text;
    else if ((check.json !== undefined || origin === 'load') && !(origin === 'editor' && text === this.formText)) this.rebuildForm();
    syncToolbar(this.state);
    this.applyCheck(check);
  }

  private applyCheck(check: ScenarioCheck): void {
    if (!check.ok) {
      const { error } = check;
      this.form?.showError(error.path, error.message);
      this.editor.showError(locateJsonPath(this.state.text, error.path)?.line ?? null, error.message);
      showBanner(this.answer ? 'The scenario has an error; the charts show the last valid scenario.' : 'The scenario has an error.', error.message);
      document.body.dataset.state = 'invalid';
      if (!this.answer) clearAnswer('No answer yet: fix the scenario.');
      this.link.save(this.commit);
      return;
    }
    this.form?.showError(null, '');
    this.editor.showError(null, '');
    hideBanner();
    // The run first: saving and linking (storage, history) can wait the few milliseconds it takes to start.
    this.startRun(check.scenario);
    this.link.save(this.commit);
  }

  private rebuildForm(): void {
    this.formText = this.state.text;
    this.form = buildScenarioForm(
      this.state.json,
      (path, value) => this.edit(() => this.formEdit(path, value)),
      (action) => this.edit(() => this.formAction(action)),
    );
    byId('form-view').replaceChildren(this.form.root);
  }

  private formEdit(path: JsonPath, value: unknown): void {
    this.state.json = setAtPath(this.state.json, path, value);
    this.setText(formatScenarioJson(this.state.json), 'form');
  }

  private formAction(action: FormAction): void {
    this.state.json = action.kind === 'add-stock' ? addStock(this.state.json) : removeStock(this.state.json, action.index);
    this.setText(formatScenarioJson(this.state.json), 'load');
  }

  private startRun(scenario: Scenario): void {
    this.run?.cancel();
    const { seed, samples, extras } = this.state;
    const request: SweepRequest = { scenario, seed, samples, sections: { trajectories: extras, sensitivity: extras } };
    performance.mark('horizon:run-start');
    this.finalDrawn = false;
    this.doneAnswer = undefined;
    // Until this run's first progress, a late reply of the fan chart's or the drivers' worker for the run before
    // must not make an answer of that run again: drawn now, it would say the page is done with its result.
    this.latest = undefined;
    this.link.holdAddress();
    this.whatIf?.setScenario(scenario, seed);
    // Runs of one sample count and sections take about as long as each other: a quick one draws once.
    this.scheduler.startRun(`${samples} ${extras}`);
    this.status.start(samples);
    this.syncPin();
    document.body.dataset.state = 'running';
    setDownloadsEnabled(false);
    let extrasStarted = false;
    const run = this.backend.run(request, (progress: SweepProgress) => {
      if (this.run !== run) return;
      // With the first answer (the preview block), before it is drawn, the fan chart's and the drivers' workers
      // start: the drivers' no longer wait for the first block with sections. Started with the run, they held
      // the preview back (first chart 56 -> 69 ms, medians of 12 edits at load 11).
      if (!extrasStarted) requestExtras(request, progress.summary, ...this.extrasFor(request));
      extrasStarted = true;
      // For `npm run bench:web`: when the workers' counts are all in (the fan and drivers may still be pending).
      if (progress.final) performance.mark('horizon:counts-final');
      this.latest = { request, progress };
      this.scheduler.offer(this.answerFor(request, progress));
    });
    this.run = run;
    run.finished.then((summary) => {
      if (summary === null && this.run === run && document.body.dataset.state === 'running') {
        // An answer still waiting to be drawn (a quick run's first) is the one that stays.
        this.scheduler.flush();
        this.link.releaseAddress();
        document.body.dataset.state = 'stopped';
        this.status.stopped(this.answer?.summary.samples ?? 0);
        if (this.answer) setDownloadsEnabled(true, false);
      }
    }, () => undefined);
    run.finished.catch((error: Error) => {
      if (this.run !== run) return;
      this.link.releaseAddress();
      document.body.dataset.state = 'fault';
      showBanner('The computation failed (a fault of the program; please report it).', error.message);
    });
  }

  private draw(answer: Answer, first: boolean): void {
    renderAnswer(answer, this.tooltip, this.view());
    syncTornadoPicker(Object.keys(answer.result.stocks));
    renderPresetCard(byId('preset-card'), this.state.preset, answer.request.scenario as { source?: unknown }, answer.result);
    if (first) {
      performance.mark('horizon:first-chart');
      // The what-if card enables its own export once its sweep is drawn.
      for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-export]:not(#whatif-export)')) button.disabled = false;
    }
    // The final chart is drawn once the fan chart's quantiles and the drivers are in too; the page is done once
    // the quantiles of every year are (the downloads'), asked for only now so they never compete with the run.
    const finalChart = answer.final && !answer.pendingTrajectories && document.body.dataset.state === 'running';
    if (finalChart && !this.finalDrawn) {
      this.finalDrawn = true;
      performance.mark('horizon:final-chart');
    }
    if (finalChart && !answer.partialTrajectories) this.done(answer);
    else if (document.body.dataset.state === 'running') {
      if (finalChart) this.trajectories.request(answer.request);
      this.status.progress(answer.summary.samples, answer.request.samples);
    }
    const presetFlag = this.state.preset ? `--preset ${this.state.preset}` : '--scenario FILE';
    byId('cli-equivalent').textContent = `Same numbers as: horizon sweep ${presetFlag} --seed ${answer.request.seed} --samples ${answer.request.samples} --format json (the fan and driver data: add --trajectories --explain)`;
  }

  /** The run's final answer is drawn: the status says so in a sentence, and the downloads and pin open. */
  private done(answer: Answer): void {
    performance.mark('horizon:done');
    const done = answer.summary.samples;
    const engine = this.backend.engine === 'kernel' ? 'WebAssembly kernel' : 'reference engine';
    const [name, stock] = Object.entries(answer.result.stocks)[0];
    const median = stock.quantiles.p50;
    const workers = this.backend.workerCount;
    this.status.done(
      `${done.toLocaleString('en-US')} samples in ${this.status.elapsedSeconds().toFixed(2)} s, ${engine} on ${workers} worker${workers === 1 ? '' : 's'}`,
      `Done: ${isolate(name)} exhausted in ${median === null ? `no year before ${answer.result.horizonYear}` : median.toFixed(1)} (median of ${done.toLocaleString('en-US')} samples).`,
    );
    // The address first: a reader who sees the page done reads the answer's link.
    this.link.releaseAddress();
    this.doneAnswer = answer;
    document.body.dataset.state = 'done';
    setDownloadsEnabled(true);
    this.syncPin();
  }

  /** Pins the final answer shown as the baseline, or unpins it; the charts are drawn again at once. */
  private togglePin(): void {
    if (this.state.baseline) this.state.baseline = undefined;
    else if (this.answer?.final) this.state.baseline = { answer: this.answer, hash: this.link.hash() };
    this.syncPin();
    if (this.answer) renderAnswer(this.answer, this.tooltip, this.view());
  }

  private syncPin(): void {
    syncBaselinePin(this.state.baseline, this.answer);
  }
}
