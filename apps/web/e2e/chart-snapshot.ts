import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const SNAPSHOTS = resolve(import.meta.dirname, 'snapshots');
const OUTPUT = resolve(import.meta.dirname, '../test-output');

/**
 * An SVG made comparable: numbers rounded to one decimal (sub-pixel noise is not a change) and one element per
 * line, so a diff points at the mark that moved.
 */
export function normaliseSvg(svg: string): string {
  return svg
    .replace(/-?\d+\.\d+(e[+-]?\d+)?/g, (number) => String(Math.round(Number(number) * 10) / 10))
    .replace(/></g, '>\n<')
    .trim() + '\n';
}

/**
 * Compares a chart's normalised SVG with `snapshots/NAME.svg`. A missing snapshot is written (commit it); a
 * mismatch writes `test-output/NAME.actual.svg` beside nothing else, to diff against the snapshot, and returns
 * false. UPDATE_SNAPSHOTS=1 rewrites snapshots: a changed chart is a decision.
 */
export function matchesSnapshot(name: string, svg: string): { ok: boolean; expected: string; actual: string } {
  const actual = normaliseSvg(svg);
  const file = join(SNAPSHOTS, `${name}.svg`);
  if (!existsSync(file) || process.env.UPDATE_SNAPSHOTS === '1') {
    mkdirSync(SNAPSHOTS, { recursive: true });
    writeFileSync(file, actual);
    return { ok: true, expected: actual, actual };
  }
  const expected = readFileSync(file, 'utf8');
  if (expected !== actual) {
    mkdirSync(OUTPUT, { recursive: true });
    writeFileSync(join(OUTPUT, `${name}.actual.svg`), actual);
  }
  return { ok: expected === actual, expected, actual };
}
