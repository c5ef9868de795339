import { INTERVAL_END_TOLERANCE, REPRODUCED_AT, type PresetFigures, type YearInterval } from '../presets/preset-figures.js';

/** A preset's published figure and how close Horizon comes, in words (the web's preset card, `horizon presets NAME`). */
export interface PresetFacts {
  /** The published median and interval (or the paper's words) with the citation. */
  readonly published: string;
  /** Horizon's figure at REPRODUCED_AT and whether it reproduces the published one, and if not what misses. */
  readonly fidelity: string;
}

const interval = (range: YearInterval, digits = 0) => `${range.level}% ${range.low.toFixed(digits)}–${range.high.toFixed(digits)}`;

/** A preset's PRESET_FIGURES entry as two sentences. */
export function presetFacts(figures: PresetFigures): PresetFacts {
  const { published, reproduced, medianTolerance } = figures;
  const cited = (text: string) => (figures.citation ? `${text} (${figures.citation})` : text);
  const printed = (value: number) => (figures.wholeYears ? String(value) : value.toFixed(1));
  const paper =
    published.words ?? [published.median === undefined ? '' : `median ${printed(published.median)}`, published.interval ? interval(published.interval, figures.wholeYears ? 0 : 1) : ''].filter(Boolean).join(', ');
  const ours = reproduced && (reproduced.already ? `already in ${reproduced.median}` : `${reproduced.median.toFixed(2)}${reproduced.interval ? ` (${interval(reproduced.interval, 2)})` : ''}`);
  const at = `at ${REPRODUCED_AT.samples.toExponential().replace('e+', 'e')} samples, seed ${REPRODUCED_AT.seed}`;
  const note = figures.note ? ` ${figures.note}` : '';
  const verdicts: Record<PresetFigures['verdict'], string> = {
    reproduced: reproduced?.already ? `Reproduced: ${ours}.` : `Reproduced${medianTolerance === undefined ? '' : ` within ±${medianTolerance} yr`}: ${ours} ${at}.`,
    gap: `Not reached: ${ours} ${at}; ${misses(figures).join(', ')}.${note}`,
    words: `Published only in words; here ${ours} ${at}. The docs page compares.`,
    variant: `A variant, not a reproduction: ${ours} ${at}.${note}`,
    illustrative: 'Not a published projection.',
  };
  return { published: cited(paper), fidelity: verdicts[figures.verdict] };
}

/**
 * What misses the published figure, as the preset tests judge it: the median beyond its tolerance, an
 * interval end beyond INTERVAL_END_TOLERANCE (a published whole year compared with its middle).
 */
function misses(figures: PresetFigures): string[] {
  const { published, reproduced, medianTolerance = 0 } = figures;
  if (!reproduced || published.median === undefined) return [];
  const shift = figures.wholeYears ? 0.5 : 0;
  const out: string[] = [];
  const miss = (what: string, ours: number, theirs: number, tolerance: number) => {
    if (Math.abs(ours - (theirs + shift)) > tolerance) out.push(`${what} ${ours.toFixed(2)} against ${figures.wholeYears ? `mid-${theirs}` : theirs} (±${tolerance} yr)`);
  };
  miss('median', reproduced.median, published.median, medianTolerance);
  if (published.interval && reproduced.interval) {
    miss('lower end', reproduced.interval.low, published.interval.low, INTERVAL_END_TOLERANCE);
    miss('upper end', reproduced.interval.high, published.interval.high, INTERVAL_END_TOLERANCE);
  }
  return out;
}
