import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ERROR_KINDS, EXIT_CODES, READ_FAILURES, WRITE_FAILURES, failureReason, inputError } from './error-catalogue.js';
import { InputError } from './input-error.js';

const ERRORS_MD = fileURLToPath(new URL('../../../../docs/errors.md', import.meta.url));
const BEGIN = '<!-- error kinds: generated from packages/sim/src/errors/error-catalogue.ts -->';
const END = '<!-- end of error kinds -->';

const cell = (text: string): string => text.replace(/\|/g, '\\|');

/** The table of docs/errors.md, written from the catalogue. */
function kindsTable(): string {
  const rows = Object.entries(ERROR_KINDS).map(([name, kind]) => `| \`${name}\` | ${cell(kind.names)} | \`${cell(kind.template)}\` | ${kind.exit} |`);
  return [BEGIN, '| Kind | The line starts with | Then | Exit |', '| --- | --- | --- | --- |', ...rows, END].join('\n');
}

describe('the error catalogue', () => {
  it('docs/errors.md lists every kind with the wording and exit code of the catalogue (HORIZON_UPDATE_DOCS=1 rewrites it)', () => {
    const text = readFileSync(ERRORS_MD, 'utf8');
    const [before, rest] = text.split(BEGIN);
    const after = rest.split(END)[1];
    if (process.env.HORIZON_UPDATE_DOCS === '1') writeFileSync(ERRORS_MD, before + kindsTable() + after);
    expect(readFileSync(ERRORS_MD, 'utf8')).toBe(before + kindsTable() + after);
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
