import { InputError, compilePlan, formatVaryCsv, type Plan, type Scenario, type VaryResult } from '@horizon/sim';
import { resolveVary, varyGrid, varyInputs, varyPointResult, varyResult, type DrawStep, inputError } from '@horizon/sim/internal';
import { inputLabel } from '../charts/input-label.js';
import { downloadBlob } from '../charts/export-chart.js';
import { provenanceLine } from '../charts/figure-svg.js';
import type { ChartDraw } from '../answer/chart-drawers.js';
import { demandModes } from '../answer/answer-of.js';
import { byId, safeFileName } from '../ui/dom.js';
import { drawWhatIfChart } from './what-if-chart.js';
import type { WhatIfProgress, WhatIfRunner } from './what-if-runner.js';
import { whatIfSeries, type WhatIfData } from './what-if-series.js';
import { MAX_WEB_POINTS, varySpec, varyText, type WhatIfSettings } from './what-if-settings.js';
import { whatIfTable } from './what-if-table.js';
import { typicalValue } from './typical-value.js';

/** Samples a point offered; 1e5 is the figure and the default. */
const SAMPLE_CHOICES = [10_000, 100_000, 1_000_000];
export const DEFAULT_WHATIF_SAMPLES = 100_000;
const DEFAULT_POINTS = 21;

/**
 * The "What if" card: pick an input of the current scenario (sim's varyInputs), `=` or `×`, a linear or log
 * range and a number of points; the grid is sim's varyGrid of the CLI's own parsed `--vary`, run in the
 * WhatIfRunner's workers, and each point reduced by sim's varyPointResult, so the JSON and CSV downloads are
 * `horizon sweep --vary` bytes. Every edit of the scenario, seed or panel restarts the sweep.
 */
export class WhatIfPanel {
  private scenario: Scenario | undefined;
  private plan: Plan | undefined;
  private seed = 42;
  private settings: WhatIfSettings | undefined;
  private data: WhatIfData | undefined;
  private result: VaryResult | undefined;
  private frame = 0;
  private drewCoarse = false;

  constructor(
    private readonly runner: WhatIfRunner,
    /** Called when the reader changes the panel, so the page records the link. */
    private readonly onChange: () => void,
  ) {
    const controls = ['whatif-input', 'whatif-op', 'whatif-from', 'whatif-to', 'whatif-points', 'whatif-spacing', 'whatif-samples', 'whatif-by'];
    const samples = byId<HTMLSelectElement>('whatif-samples');
    samples.replaceChildren(...SAMPLE_CHOICES.map((n) => new Option(n.toLocaleString('en-US'), String(n), false, n === DEFAULT_WHATIF_SAMPLES)));
    byId<HTMLInputElement>('whatif-points').max = String(MAX_WEB_POINTS);
    for (const id of controls) byId(id).addEventListener('change', () => this.readForm(id));
    byId('whatif-form').addEventListener('submit', (event) => event.preventDefault());
    byId('whatif-json').addEventListener('click', () => this.download('json'));
    byId('whatif-csv').addEventListener('click', () => this.download('csv'));
  }

  /** The settings to carry in the link, or undefined when no input is picked. */
  get linkSettings(): WhatIfSettings | undefined {
    return this.settings;
  }

  /** Settings from a link (before the scenario arrives), or none. */
  setSettings(settings: WhatIfSettings | undefined): void {
    this.settings = settings;
    this.fillForm();
  }

  /**
   * The scenario the page shows (each valid edit) and its seed: restarts the sweep. A rerun of the same scenario
   * (a seed, the sample count: the page keeps its Scenario object) compiles nothing and leaves the input list as
   * it is (rebuilding it cost the edit a style and layout pass).
   */
  setScenario(scenario: Scenario, seed: number): void {
    this.seed = seed;
    if (scenario !== this.scenario) {
      this.scenario = scenario;
      this.plan = compilePlan(scenario);
      this.fillInputs();
    }
    const select = byId<HTMLSelectElement>('whatif-input');
    if (select.value !== (this.settings?.path ?? '')) select.value = this.settings?.path ?? '';
    this.start();
  }

  /** How to draw the chart at any width and style (the export dialog's), once there is a curve. */
  drawer(): ChartDraw | undefined {
    const data = this.data;
    return data && ((element, width, style) => drawWhatIfChart(element, data, width, style));
  }

  provenance(): string {
    return this.result ? provenanceLine(this.result) : '';
  }

  private fillInputs(): void {
    const plan = this.plan as Plan;
    const select = byId<HTMLSelectElement>('whatif-input');
    const names = plan.stocks.map((stock) => stock.name);
    const modes = demandModes(this.scenario as Scenario);
    const options = [new Option('— pick an input —', ''), ...varyInputs(plan).map((path) => new Option(`${inputLabel(path, names, modes)} (${path})`, path))];
    select.replaceChildren(...options);
    select.value = this.settings?.path ?? '';
  }

  private fillForm(): void {
    const s = this.settings;
    if (!s) return;
    byId<HTMLSelectElement>('whatif-input').value = s.path;
    byId<HTMLSelectElement>('whatif-op').value = s.op;
    byId<HTMLInputElement>('whatif-from').value = String(s.from);
    byId<HTMLInputElement>('whatif-to').value = String(s.to);
    byId<HTMLInputElement>('whatif-points').value = String(s.points);
    byId<HTMLSelectElement>('whatif-spacing').value = s.log ? 'log' : 'linear';
    const samples = byId<HTMLSelectElement>('whatif-samples');
    if (![...samples.options].some((o) => o.value === String(s.samples))) samples.append(new Option(s.samples.toLocaleString('en-US'), String(s.samples)));
    samples.value = String(s.samples);
    byId<HTMLInputElement>('whatif-by').value = String(s.byYear);
  }

  /** Reads the form after a change of control `id`; a new input or operation gets a fresh default range. */
  private readForm(id: string): void {
    const path = byId<HTMLSelectElement>('whatif-input').value;
    if (!path) {
      this.settings = undefined;
      this.onChange();
      this.start();
      return;
    }
    const op = byId<HTMLSelectElement>('whatif-op').value === 'set' ? 'set' : 'scale';
    const fresh = !this.settings || id === 'whatif-input' || id === 'whatif-op';
    const range = fresh ? this.defaultRange(path, op) : undefined;
    const number = (field: string) => Number(byId<HTMLInputElement>(field).value.trim());
    const byYear = number('whatif-by');
    this.settings = {
      path,
      op,
      from: range?.from ?? number('whatif-from'),
      to: range?.to ?? number('whatif-to'),
      points: this.settings && !fresh ? number('whatif-points') : DEFAULT_POINTS,
      log: range?.log ?? byId<HTMLSelectElement>('whatif-spacing').value === 'log',
      samples: Number(byId<HTMLSelectElement>('whatif-samples').value),
      byYear: Number.isInteger(byYear) ? byYear : this.defaultYear(),
    };
    this.fillForm();
    this.onChange();
    this.start();
  }

  /** × half to twice, log-spaced; = half to twice the input's central value (linear where it is not positive). */
  private defaultRange(path: string, op: 'set' | 'scale'): { from: number; to: number; log: boolean } {
    if (op === 'scale') return { from: 0.5, to: 2, log: true };
    const step = this.plan?.steps.find((s): s is Extract<DrawStep, { kind: 'dist' }> => s.kind === 'dist' && s.path === path);
    const centre = step ? typicalValue(step.dist) : 1;
    const round = (value: number) => +value.toPrecision(3);
    return centre > 0 ? { from: round(centre / 2), to: round(centre * 2), log: true } : { from: round(centre - 1), to: round(centre + 1), log: false };
  }

  private defaultYear(): number {
    return Math.min(this.plan?.horizonYear ?? 2035, 2035);
  }

  /** Validates the settings with the CLI's own checks and starts the grid, or shows why not. */
  private start(): void {
    this.runner.cancel();
    cancelAnimationFrame(this.frame);
    this.result = undefined;
    this.setDownloads(false);
    const error = byId('whatif-error');
    error.hidden = true;
    const settings = this.settings;
    const plan = this.plan;
    const scenario = this.scenario;
    if (!settings || !plan || !scenario) return this.showEmpty('Pick an input to see how the exhaustion year moves with it.');
    try {
      if (!Number.isInteger(settings.points) || settings.points < 2 || settings.points > MAX_WEB_POINTS) throw inputError('pointsOutOfRange', 'what-if', undefined, 2, MAX_WEB_POINTS, String(settings.points));
      const spec = varySpec(settings);
      const points = varyGrid([resolveVary(plan, spec, 'what-if')], 'what-if');
      const label = `${inputLabel(settings.path, plan.stocks.map((s) => s.name), demandModes(scenario))}${settings.op === 'scale' ? ', × factor' : ''}`;
      byId('whatif-cli').textContent = `Same numbers as: horizon sweep ${this.scenarioFlag()} --seed ${this.seed} --samples ${settings.samples} --vary '${varyText(settings)}' --format json`;
      performance.mark('horizon:whatif-start');
      this.drewCoarse = false;
      const seed = this.seed;
      this.runner.run({ scenario, seed, samples: settings.samples, points: points.map((p) => p.overrides) }, (progress) => {
        const results = progress.summaries.map((summary, k) => varyPointResult(plan, points[k].at, summary!));
        this.result = varyResult(plan, seed, settings.samples, [spec], results);
        const counts = progress.summaries.map((summary) => summary!.samples);
        this.data = { axisLabel: label, values: spec.values, log: settings.log, op: settings.op, byYear: settings.byYear, startYear: plan.startYear, horizonYear: plan.horizonYear, series: whatIfSeries(this.result, settings.byYear), samples: { fewest: Math.min(...counts), most: Math.max(...counts), final: progress.final } };
        this.scheduleDraw(progress);
      });
    } catch (caught) {
      if (!(caught instanceof InputError)) throw caught;
      error.textContent = caught.message;
      error.hidden = false;
      this.showEmpty('Fix the what-if range to see the sweep.');
    }
  }

  private scenarioFlag(): string {
    const preset = byId<HTMLSelectElement>('preset').value;
    return preset ? `--preset ${preset}` : '--scenario FILE';
  }

  /** One drawing per frame; the coarse curve and the final one are drawn on the next frame whatever came before. */
  private scheduleDraw(progress: WhatIfProgress): void {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.draw(progress));
  }

  private draw(progress: WhatIfProgress): void {
    const data = this.data;
    if (!data) return;
    const svg = byId('whatif-chart') as unknown as SVGSVGElement;
    byId('whatif-empty').hidden = true;
    const box = svg.parentElement as HTMLElement;
    drawWhatIfChart(svg, data, Math.max(300, Math.floor(box.clientWidth)));
    byId('whatif-data').replaceChildren(whatIfTable(data));
    if (!this.drewCoarse) {
      this.drewCoarse = true;
      performance.mark('horizon:whatif-first');
    }
    const status = byId('whatif-status');
    if (progress.final) {
      performance.mark('horizon:whatif-final');
      status.textContent = `Done: ${data.values.length} points × ${data.samples.most.toLocaleString('en-US')} samples.`;
      this.setDownloads(true);
    } else {
      status.textContent = `Refining: ${Math.round((100 * progress.done) / progress.total)}% of ${progress.total.toLocaleString('en-US')} samples.`;
    }
  }

  private showEmpty(message: string): void {
    this.data = undefined;
    // Each edit with no input picked comes here: only what changed is written (a write marks the card for layout).
    for (const id of ['whatif-chart', 'whatif-data']) if (byId(id).hasChildNodes()) byId(id).replaceChildren();
    for (const id of ['whatif-cli', 'whatif-status']) if (byId(id).textContent !== '') byId(id).textContent = '';
    const empty = byId('whatif-empty');
    if (empty.textContent !== message) empty.textContent = message;
    empty.hidden = false;
  }

  private setDownloads(enabled: boolean): void {
    for (const id of ['whatif-json', 'whatif-csv']) byId<HTMLButtonElement>(id).disabled = !enabled;
    byId<HTMLButtonElement>('whatif-export').disabled = !enabled;
  }

  /** The CLI's bytes: `--format json` is JSON.stringify(result, null, 2) plus a newline; CSV is sim's formatVaryCsv. */
  private download(format: 'json' | 'csv'): void {
    const result = this.result;
    if (!result || !this.data?.samples.final) return;
    const name = `${safeFileName(result.scenario)}-whatif`;
    if (format === 'json') downloadBlob(new Blob([JSON.stringify(result, null, 2) + '\n'], { type: 'application/json' }), `${name}.json`);
    else downloadBlob(new Blob([formatVaryCsv(result)], { type: 'text/csv' }), `${name}.csv`);
  }
}
