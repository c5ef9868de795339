import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: a plain ES module of the repository's scripts, without type declarations
import { sourceFiles } from '../../../../scripts/check-structure.mjs';
import { ERROR_GROUPS, ERROR_KINDS, EXIT_CODES, READ_FAILURES, WRITE_FAILURES, failureReason, inputError } from './error-catalogue.js';
import { InputError } from './input-error.js';

const ERRORS_MD = fileURLToPath(new URL('../../../../docs/errors.md', import.meta.url));
const BEGIN = '<!-- error kinds: generated from packages/sim/src/errors/error-catalogue.ts -->';
const END = '<!-- end of error kinds -->';

const cell = (text: string): string => text.replace(/\|/g, '\\|');

/** The tables of docs/errors.md, one per group, written from the catalogue. */
function kindsTables(): string {
  const tables = ERROR_GROUPS.map(({ title, kinds }) => {
    const rows = Object.entries(kinds).map(([name, kind]) => `| \`${name}\` | ${cell(kind.names)} | \`${cell(kind.template)}\` | ${kind.exit} |`);
    return [`### ${title}`, '', '| Kind | The line starts with | Then | Exit |', '| --- | --- | --- | --- |', ...rows].join('\n');
  });
  return [BEGIN, tables.join('\n\n'), END].join('\n');
}

/** The non-test TypeScript sources of sim, the CLI and the web app, as [path from the repository, text]. */
function productSources(): Array<[string, string]> {
  const roots = ['packages/sim/src', 'apps/cli/src', 'apps/web/src'];
  return roots.flatMap((root) => {
    const dir = fileURLToPath(new URL(`../../../../${root}/`, import.meta.url));
    return (sourceFiles(dir) as string[])
      .filter((file) => !/\.(test|fixture|setup)\.ts$/.test(file))
      .map((file): [string, string] => [`${root}/${file}`, readFileSync(dir + file, 'utf8')]);
  });
}

describe('the error catalogue', () => {
  it('docs/errors.md lists every kind, by where it arises, with the wording and exit code of the catalogue (HORIZON_UPDATE_DOCS=1 rewrites it)', () => {
    const text = readFileSync(ERRORS_MD, 'utf8');
    const [before, rest] = text.split(BEGIN);
    const after = rest.split(END)[1];
    if (process.env.HORIZON_UPDATE_DOCS === '1') writeFileSync(ERRORS_MD, before + kindsTables() + after);
    expect(readFileSync(ERRORS_MD, 'utf8')).toBe(before + kindsTables() + after);
  });

  it('every kind belongs to exactly one group, and no two groups name a kind alike', () => {
    const names = ERROR_GROUPS.flatMap(({ kinds }) => Object.keys(kinds));
    expect(new Set(names).size).toBe(names.length);
    expect(names.sort()).toEqual(Object.keys(ERROR_KINDS).sort());
  });

  it('every kind is thrown somewhere in sim, the CLI or the web app (inputError with the kind\'s name)', () => {
    const thrown = new Set(productSources().flatMap(([, text]) => [...text.matchAll(/\binputError\(\s*'(\w+)'/g)].map((match) => match[1])));
    expect(Object.keys(ERROR_KINDS).filter((name) => !thrown.has(name))).toEqual([]);
  });

  it('no bad-input error is worded outside the catalogue: `new InputError(` appears only in packages/sim/src/errors', () => {
    const outside = productSources().filter(([file, text]) => !file.startsWith('packages/sim/src/errors/') && text.includes('new InputError('));
    expect(outside.map(([file]) => file)).toEqual([]);
  });

  it('inputError words the line "path: rule" from the catalogue and records its kind', () => {
    const error = inputError('unknownPreset', '--preset', 'toString', ['default', 'villalobos2024']);
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe('--preset: unknown preset "toString"; known: default, villalobos2024');
    expect(error.path).toBe('--preset');
    expect(error.kind).toBe('unknownPreset');
  });

  it('every user-facing kind exits 2, and the exit codes are the documented ones', () => {
    expect(Object.values(ERROR_KINDS).every((kind) => kind.exit === EXIT_CODES.input)).toBe(true);
    expect(EXIT_CODES).toEqual({ ok: 0, fault: 1, input: 2, interrupted: 130, terminated: 143 });
  });

  it('failureReason words a known code from its table and any other by the first line of its message', () => {
    expect(failureReason(READ_FAILURES, 'ENOENT', 'ENOENT: no such file or directory, open \'x\'')).toBe('no such file');
    expect(failureReason(WRITE_FAILURES, 'ENOSPC', 'ENOSPC: no space left on device')).toBe('no space left on the device');
    expect(failureReason(WRITE_FAILURES, 'EWHATEVER', 'first line\nsecond line')).toBe('first line');
    // Own keys only: a code named like an Object.prototype member is not in the table.
    expect(failureReason(READ_FAILURES, 'toString', 'odd')).toBe('odd');
  });
});
