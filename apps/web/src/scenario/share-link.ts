import { SCENARIO_PRESETS } from '@horizon/sim';
import { MAX_SAMPLE_INDEX, parseCount, inputError } from '@horizon/sim/internal';

/** What a link carries: the scenario (a preset's name or its JSON text), the seed and the sample count. */
export interface LinkState {
  readonly preset?: string;
  readonly scenarioText?: string;
  readonly seed?: number;
  readonly samples?: number;
  /** False when the fan chart and drivers are switched off (`extras=0`). */
  readonly extras?: boolean;
  /** The what-if panel: its `--vary` text (`whatif`), samples a point (`wsamples`) and P(by) year (`wby`). */
  readonly whatIf?: WhatIfLink;
}

export interface WhatIfLink {
  readonly vary: string;
  readonly samples?: number;
  readonly byYear?: number;
}

/** Largest sample count a page runs; the CLI allows more, but a browser tab should finish in minutes. */
export const MAX_WEB_SAMPLES = 100_000_000;

/**
 * The URL fragment for a state: `#preset=NAME` or `#scenario=BASE64URL`, then `&seed=S&samples=N`. The
 * fragment never reaches a server, and base64url of the UTF-8 JSON keeps any text intact.
 */
export function encodeLink(state: { preset?: string; scenarioJson?: string; seed: number; samples: number; extras?: boolean; whatIf?: WhatIfLink }): string {
  const params = new URLSearchParams();
  if (state.preset !== undefined) params.set('preset', state.preset);
  else if (state.scenarioJson !== undefined) params.set('scenario', toBase64Url(state.scenarioJson));
  params.set('seed', String(state.seed));
  params.set('samples', String(state.samples));
  if (state.extras === false) params.set('extras', '0');
  if (state.whatIf) {
    params.set('whatif', state.whatIf.vary);
    if (state.whatIf.samples !== undefined) params.set('wsamples', String(state.whatIf.samples));
    if (state.whatIf.byYear !== undefined) params.set('wby', String(state.whatIf.byYear));
  }
  return '#' + params.toString();
}

/**
 * Reads a URL fragment. Any text may arrive here: every value is checked, and a bad one throws an InputError
 * naming it (`link.samples: …`). The scenario text itself is checked later, like any other scenario text.
 */
export function decodeLink(hash: string): LinkState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const known = new Set(['preset', 'scenario', 'seed', 'samples', 'extras', 'whatif', 'wsamples', 'wby']);
  for (const key of params.keys()) {
    if (!known.has(key)) throw inputError('unknownLinkParameter', `link.${key}`);
  }
  const preset = params.get('preset') ?? undefined;
  if (preset !== undefined && !Object.hasOwn(SCENARIO_PRESETS, preset)) {
    throw inputError('unknownPreset', 'link.preset', preset, Object.keys(SCENARIO_PRESETS));
  }
  const encoded = params.get('scenario');
  const scenarioText = encoded === null ? undefined : fromBase64Url(encoded);
  const seedText = params.get('seed');
  const samplesText = params.get('samples');
  const extrasText = params.get('extras');
  if (extrasText !== null && extrasText !== '0' && extrasText !== '1') throw inputError('notAChoice', 'link.extras', ['0', '1'], JSON.stringify(extrasText));
  return {
    preset,
    scenarioText,
    seed: seedText === null ? undefined : parseCount(seedText, 'link.seed', 0, Number.MAX_SAFE_INTEGER),
    samples: samplesText === null ? undefined : parseCount(samplesText, 'link.samples', 1, Math.min(MAX_WEB_SAMPLES, MAX_SAMPLE_INDEX)),
    extras: extrasText === null ? undefined : extrasText === '1',
    whatIf: whatIfLink(params),
  };
}

/** The what-if part of a link; its `--vary` text is checked when the panel reads it. */
function whatIfLink(params: URLSearchParams): WhatIfLink | undefined {
  const vary = params.get('whatif');
  if (vary === null) return undefined;
  const samples = params.get('wsamples');
  const byYear = params.get('wby');
  return {
    vary,
    samples: samples === null ? undefined : parseCount(samples, 'link.wsamples', 1, MAX_WEB_SAMPLES),
    byYear: byYear === null ? undefined : parseCount(byYear, 'link.wby', 0, 10_000),
  };
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(encoded: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded)) throw inputError('notBase64Url', 'link.scenario');
  try {
    const binary = atob(encoded.replaceAll('-', '+').replaceAll('_', '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw inputError('linkNotUtf8', 'link.scenario');
  }
}
