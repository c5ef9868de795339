import { formatPath, parentPath } from '@horizon/sim/internal';

/** Where a value starts in JSON text: 0-based offset and 1-based line. */
export interface JsonLocation {
  readonly offset: number;
  readonly line: number;
}

/**
 * The location in `text` of the value at `path` (written as InputError paths are, `stocks[1].tokens0`), or of
 * its nearest enclosing value when the path names a key that is missing. Null when the text is not JSON.
 */
export function locateJsonPath(text: string, path: string): JsonLocation | null {
  let offsets: Map<string, number>;
  try {
    offsets = valueOffsets(text);
  } catch {
    return null;
  }
  for (let at = path; ; at = parentPath(at)) {
    const offset = offsets.get(at);
    if (offset !== undefined) return { offset, line: text.slice(0, offset).split('\n').length };
    if (at === '') return null;
  }
}

/** Offsets of every value in the text, keyed by path. A small recursive-descent scan of RFC 8259 JSON. */
function valueOffsets(text: string): Map<string, number> {
  const offsets = new Map<string, number>();
  let i = 0;
  const space = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i])) i++;
  };
  const fail = (): never => {
    throw new SyntaxError(`unexpected input at ${i}`);
  };
  const string = (): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    if (i >= text.length) fail();
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: PropertyKey[]): void => {
    space();
    offsets.set(formatPath(path), i);
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      if (text[i] === '}') return void i++;
      for (;;) {
        space();
        if (text[i] !== '"') fail();
        const key = string();
        space();
        if (text[i++] !== ':') fail();
        value([...path, key]);
        space();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail();
      }
    } else if (c === '[') {
      i++;
      space();
      if (text[i] === ']') return void i++;
      for (let k = 0; ; k++) {
        value([...path, k]);
        space();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail();
      }
    } else if (c === '"') {
      string();
    } else {
      const match = /^(-?\d+(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 64));
      if (!match) fail();
      i += (match as RegExpExecArray)[0].length;
    }
  };
  value([]);
  return offsets;
}
