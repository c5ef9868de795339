import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeControl, hasControl, quoteExcerpt } from './input-error.js';

describe('escapeControl(text)', () => {
  it('writes C0, DEL, C1, line separators and bidi overrides as JSON-style escapes', () => {
    expect(escapeControl('a\u001b[31mb\u0007\u007f\u009b\u0000\u2028\u202e\n\t')).toBe('a\\u001b[31mb\\u0007\\u007f\\u009b\\u0000\\u2028\\u202e\\n\\t');
  });

  it('leaves printable text, accents and emoji alone', () => {
    expect(escapeControl('Größe 🦙 "x"')).toBe('Größe 🦙 "x"');
  });

  it('never leaves a control character in its output', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => !hasControl(escapeControl(text))));
  });
});

describe('quoteExcerpt(text, max)', () => {
  it('quotes at most max code points, then an ellipsis', () => {
    expect(quoteExcerpt('abc')).toBe('"abc"');
    expect(quoteExcerpt('x'.repeat(5_000_000), 10)).toBe(`"${'x'.repeat(10)}…"`);
    expect(quoteExcerpt('🦙'.repeat(50), 3)).toBe('"🦙🦙🦙…"');
  });

  it('escapes quotes and control characters', () => {
    expect(quoteExcerpt('a"b\u001b]0;t\u0007\u0085')).toBe('"a\\"b\\u001b]0;t\\u0007\\u0085"');
  });
});
