import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseJson } from './parse-json.js';

describe('parseJson(text, file)', () => {
  it('reads JSON with // and /* */ comments (JSONC), as editors write configuration files', () => {
    const text = '// a scenario\n{\n  "name": "x", // its name\n  /* the years */ "startYear": 2024\n}\n';
    expect(parseJson(text, 'a.json')).toEqual({ name: 'x', startYear: 2024 });
  });

  it('keeps "__proto__" a plain own key, as JSON.parse does', () => {
    const value = parseJson('{"__proto__": {"polluted": 1}} // c', 'a.json') as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.hasOwn(value, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names the file, line and column of a syntax error, from the parser', () => {
    expect(() => parseJson('{\n  "a": 1,\n}', 'b.json')).toThrow('b.json: invalid JSON at line 3, column 1: expected a property name in double quotes (a trailing comma?)');
    expect(() => parseJson('{"a": 1}\n// fine\n]', 'c.json')).toThrow('c.json: invalid JSON at line 3, column 1: unexpected "]" after the end of the document');
    expect(() => parseJson('{"a": "open', 'd.json')).toThrow('d.json: invalid JSON at line 1, column 7: a string is not closed');
  });

  it('agrees with JSON.parse on every JSON document', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(parseJson(text, 'x')).toEqual(JSON.parse(text));
      }),
    );
  });
});
