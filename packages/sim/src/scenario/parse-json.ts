import { InputError } from './input-error.js';

/**
 * JSON.parse with a one-line InputError naming the source (a file, or "link" in the web app), line and column.
 * Shared by the CLI and the web app so both word a syntax error alike (the reason text is the JS engine's).
 */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    let where = '';
    if (position) {
      const offset = Number(position[1]);
      const before = text.slice(0, offset);
      const line = before.split('\n').length;
      const column = offset - before.lastIndexOf('\n');
      where = ` at line ${line}, column ${column}`;
    }
    const reason = message.replace(/^JSON\.parse: /, '').replace(/ in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '').split('\n')[0];
    throw new InputError(file, `invalid JSON${where}: ${reason}`);
  }
}
