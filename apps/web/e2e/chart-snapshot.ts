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
 * Compares a chart's normalised SVG with `snapshots/NAME.svg`. A missing snapshot is written (commit it),
 * except under CI (`CI` set, as `.ci/run` sets it), where it is a failure: a snapshot that is not committed
 * checks nothing. A mismatch writes `test-output/NAME.actual.svg`, to diff against the snapshot, and returns
 * false. UPDATE_SNAPSHOTS=1 rewrites snapshots: a changed chart is a decision.
 */
export function matchesSnapshot(name: string, svg: string, env: NodeJS.ProcessEnv = process.env): { ok: boolean; expected: string; actual: string } {
  const actual = normaliseSvg(svg);
  const file = join(SNAPSHOTS, `${name}.svg`);
  if (!existsSync(file) && isCi(env)) {
    throw new Error(`chart snapshot ${name}.svg is missing; run the browser tests outside CI to write it, and commit it`);
  }
  if (!existsSync(file) || env.UPDATE_SNAPSHOTS === '1') {
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

/** Whether the tests run under CI: `CI` set to anything but empty, "0" or "false" (GitHub, GitLab and .ci/run set "true"). */
export function isCi(env: NodeJS.ProcessEnv): boolean {
  const value = env.CI?.trim().toLowerCase();
  return value !== undefined && value !== '' && value !== '0' && value !== 'false';
}
