import { kind, quote } from '../error-kind.js';
import { formatNumber as n } from '../input-error.js';

const VARY = 'the flag (--vary), the link\'s vary or the page\'s what-if card';

/** Errors in a what-if sweep: the --vary axes (CLI), the link's axis and the what-if card (web). */
export const WHATIF_ERRORS = {
  varySyntax: kind(VARY, 'expected <PATH=VALUES or PATH*=VALUES (e.g. …)>, got "<text>"', (syntax: string, text: string) => `expected ${syntax}, got ${quote(text)}`),
  notANumber: kind(VARY, 'expected a number, got "<text>"', (text: string) => `expected a number, got ${quote(text)}`),
  pointsOutOfRange: kind(
    VARY,
    'the number of points[ in "<range>"] must be a whole number from <min> to <max>, got <n>',
    (range: string | undefined, min: number, max: number, got: string) => `the number of points${range === undefined ? '' : ` in ${quote(range)}`} must be a whole number from ${min} to ${max.toLocaleString('en-US')}, got ${got}`,
  ),
  pagePointsOutOfRange: kind('link.vary', 'the page draws 2 to <max> points, got <n>', (max: number, points: number) => `the page draws 2 to ${max} points, got ${points}`),
  logRangeNotPositive: kind(VARY, 'a log range needs FROM and TO above 0, got "<text>"', (text: string) => `a log range needs FROM and TO above 0, got ${quote(text)}`),
  tooManyValues: kind(VARY, 'lists at most <limit> values, got <n>', (limit: number, count: number) => `lists at most ${limit.toLocaleString('en-US')} values, got ${count}`),
  varyJointDraw: kind(VARY, '<path> is drawn jointly with the other scaling-law parameters from a samples table and cannot be varied alone', (path: string) => `${path} is drawn jointly with the other scaling-law parameters from a samples table and cannot be varied alone`),
  varyNotAnInput: kind(VARY, '<path> is not an input of <scenario>; its inputs are <inputs>', (path: string, scenario: string, inputs: string) => `${path} is not an input of ${scenario}; its inputs are ${inputs}`),
  varyOutsideDomain: kind(VARY, '<path> = <value> is outside its valid range (<the input\'s range>)', (path: string, value: number, rule: string) => `${path} = ${n(value)} is outside its valid range (${rule})`),
  varyBadFactor: kind(VARY, '<path> *= <factor>: a scale factor must be a finite number above 0', (path: string, factor: number) => `${path} *= ${n(factor)}: a scale factor must be a finite number above 0`),
  varyScaledOutside: kind(
    VARY,
    '<path> *= <factor> would put draws in [<low>, <high>], outside its valid range (<the input\'s range>)',
    (path: string, factor: number, range: string, rule: string) => `${path} *= ${n(factor)} would put draws in ${range}, outside its valid range (${rule})`,
  ),
  varyAxes: kind(VARY, 'give one or two --vary axes, got <n>', (count: number) => `give one or two --vary axes, got ${count}`),
  varySameInput: kind(VARY, 'both axes vary <path>; vary two different inputs', (path: string) => `both axes vary ${path}; vary two different inputs`),
  varyGridTooBig: kind(
    VARY,
    'the grid has <n> points, more than the <limit> allowed; use fewer values',
    (total: number, limit: number) => `the grid has ${total.toLocaleString('en-US')} points, more than the ${limit.toLocaleString('en-US')} allowed; use fewer values`,
  ),
} as const;
