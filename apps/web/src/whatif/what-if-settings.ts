import { parseVary, type VarySpec, inputError } from '@horizon/sim/internal';

/** The what-if panel's choices: one input, set or scaled over a linear or log range, the samples a point and the year P(exhausted by) reads. */
export interface WhatIfSettings {
  /** The input's path, as sim's varyInputs names it (e.g. `training.maxEpochs`). */
  readonly path: string;
  readonly op: 'set' | 'scale';
  readonly from: number;
  readonly to: number;
  /** Points on the axis, ends included (2 to MAX_WEB_POINTS). */
  readonly points: number;
  readonly log: boolean;
  /** Samples at every point (the CLI's --samples of the equivalent `horizon sweep --vary`). */
  readonly samples: number;
  /** The year of the lower chart's P(exhausted by year). */
  readonly byYear: number;
}

/** Most points the panel offers: a curve, not the CLI's 10,000-point grid. */
export const MAX_WEB_POINTS = 101;

/** The axis as the CLI's `--vary` value: `PATH=FROM..TO:N` or `PATH*=FROM..TO:N:log`. */
export function varyText(settings: WhatIfSettings): string {
  return `${settings.path}${settings.op === 'scale' ? '*=' : '='}${settings.from}..${settings.to}:${settings.points}${settings.log ? ':log' : ''}`;
}

/** The axis parsed by the CLI's own parser, so the panel's values are `--vary`'s to the last bit. */
export function varySpec(settings: WhatIfSettings): VarySpec {
  return parseVary(varyText(settings), 'what-if');
}

/**
 * Reads a link's `vary` text back into settings (a range, as the panel writes it). Anything else is an
 * InputError naming `link.vary`.
 */
export function settingsFromVaryText(text: string, rest: { samples: number; byYear: number }): WhatIfSettings {
  const match = /^([^=*]+)(\*?=)([^.:,][^:,]*?)\.\.([^:,]+):(\d+)(:log)?$/.exec(text);
  const spec = parseVary(text, 'link.vary');
  if (!match) throw inputError('varySyntax', 'link.vary', 'PATH=FROM..TO:N or PATH*=FROM..TO:N:log', text);
  const points = spec.values.length;
  if (points < 2 || points > MAX_WEB_POINTS) throw inputError('pagePointsOutOfRange', 'link.vary', MAX_WEB_POINTS, points);
  return { path: spec.path, op: spec.op, from: Number(match[3]), to: Number(match[4]), points, log: match[6] !== undefined, ...rest };
}
