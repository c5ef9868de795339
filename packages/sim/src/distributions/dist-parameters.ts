/**
 * The simple distribution kinds of docs/scenario.md and each one's parameters, in the order a person reads
 * them (the scenario file's key names). `fixed` is a plain number, or `{"fixed": value}` when it carries a
 * source; its one parameter is called `value` here. A `mixture` is a list of these and has no parameters of
 * its own. The scenario schema (scenario/schema.ts) spells each kind out for zod; a test keeps the two equal.
 */
export const DIST_PARAMETERS = {
  fixed: ['value'],
  normal: ['mean', 'sd'],
  lognormal: ['p5', 'p95'],
  uniform: ['min', 'max'],
  loguniform: ['min', 'max'],
  triangular: ['min', 'mode', 'max'],
} as const satisfies Record<string, readonly string[]>;

export type SimpleDistKind = keyof typeof DIST_PARAMETERS;

/** The simple kinds, in the order tools offer them. */
export const SIMPLE_DIST_KINDS = Object.keys(DIST_PARAMETERS) as readonly SimpleDistKind[];

/** Each kind's name in prose ("log-uniform"), for menus and explanations. */
export const DIST_KIND_LABELS: Readonly<Record<SimpleDistKind | 'mixture', string>> = {
  fixed: 'fixed',
  normal: 'normal',
  lognormal: 'lognormal',
  uniform: 'uniform',
  loguniform: 'log-uniform',
  triangular: 'triangular',
  mixture: 'mixture',
};
