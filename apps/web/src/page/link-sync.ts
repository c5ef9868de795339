import { DEFAULT_PRESET, InputError } from '@horizon/sim';
import { checkScenarioText } from '../scenario/check-scenario.js';
import { compactScenarioJson } from '../scenario/format-scenario-json.js';
import { loadSavedState, saveState } from '../scenario/saved-scenario.js';
import { MAX_WEB_SAMPLES, decodeLink, encodeLink } from '../scenario/share-link.js';
import { UrlHistory } from '../ui/url-history.js';
import { DEFAULT_WHATIF_SAMPLES } from '../whatif/what-if-panel.js';
import { settingsFromVaryText, varyText, type WhatIfSettings } from '../whatif/what-if-settings.js';
import { DEFAULT_SAMPLES, DEFAULT_SEED, type PageState } from './page-state.js';

/** What reading a link or the saved state does to the page. */
export interface LinkTarget {
  /** The seed a link sets, shown in its field even while that has focus. */
  setSeed(seed: number): void;
  setWhatIf(settings: WhatIfSettings | undefined): void;
  loadText(text: string, source: string): void;
  loadPreset(name: string): void;
  showBanner(title: string, message: string): void;
}

/**
 * The page's state in its address and in local storage: every change is saved and recorded in the URL
 * fragment (a new history entry for a committed edit), and Back, Forward, a shared link or the last visit
 * bring it back.
 */
export class LinkSync {
  private readonly history: UrlHistory;

  /** `onNavigate` gets the fragment Back or Forward reached, when it differs from the page's. */
  constructor(
    private readonly state: PageState,
    private readonly whatIf: () => WhatIfSettings | undefined,
    onNavigate: (hash: string) => void,
  ) {
    this.history = new UrlHistory((hash) => {
      if (hash !== this.hash()) onNavigate(hash);
    });
  }

  /** The fragment of the page's state. */
  hash(): string {
    const { state } = this;
    const settings = this.whatIf();
    const whatIf = settings && { vary: varyText(settings), samples: settings.samples, byYear: settings.byYear };
    const common = { seed: state.seed, samples: state.samples, extras: state.extras, whatIf };
    if (state.preset !== undefined) return encodeLink({ preset: state.preset, ...common });
    return encodeLink({ scenarioJson: state.textValid ? compactScenarioJson(state.json) : state.text, ...common });
  }

  /** Saves the state for the next visit and records it in the address (a history entry when `commit`). */
  save(commit: boolean): void {
    saveState({ scenarioText: this.state.text, seed: this.state.seed, samples: this.state.samples });
    this.history.record(this.hash(), commit);
  }

  /** A run starts: the address waits for its end (ui/url-history.ts says why). */
  holdAddress(): void {
    this.history.hold();
  }

  /** The run ended: the address is written now. */
  releaseAddress(): void {
    this.history.release();
  }

  /** The page's address, with every change recorded in it. */
  address(): string {
    this.history.flush();
    return location.href;
  }

  /** The page's first state: the link in the address, else the last visit's, else the default preset. */
  restore(target: LinkTarget): void {
    if (location.hash.length > 1) return this.open(location.hash, target);
    const saved = loadSavedState();
    if (saved) {
      this.state.seed = saved.seed;
      this.state.samples = Math.min(saved.samples, MAX_WEB_SAMPLES);
      target.loadText(saved.scenarioText, 'scenario');
      return;
    }
    target.loadPreset(DEFAULT_PRESET);
  }

  /** Reads a link. Anything may be in it: a bad value shows its error, and the page falls back to a preset. */
  open(hash: string, target: LinkTarget): void {
    try {
      const link = decodeLink(hash);
      this.state.seed = link.seed ?? DEFAULT_SEED;
      target.setSeed(this.state.seed);
      this.state.samples = link.samples ?? DEFAULT_SAMPLES;
      this.state.extras = link.extras ?? true;
      const whatIf = link.whatIf;
      target.setWhatIf(whatIf && settingsFromVaryText(whatIf.vary, { samples: whatIf.samples ?? DEFAULT_WHATIF_SAMPLES, byYear: whatIf.byYear ?? 2035 }));
      if (link.scenarioText !== undefined) {
        const check = checkScenarioText(link.scenarioText, 'link');
        if (!check.ok) {
          // An invalid link shows its error over the default preset, whose answer is drawn as usual.
          target.loadPreset(DEFAULT_PRESET);
          target.showBanner('This link’s scenario has an error; showing the default preset instead.', check.error.message);
          return;
        }
        target.loadText(link.scenarioText, 'link');
      } else target.loadPreset(link.preset ?? DEFAULT_PRESET);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      target.loadPreset(DEFAULT_PRESET);
      target.showBanner('This link could not be read; showing the default preset instead.', error.message);
    }
  }
}
