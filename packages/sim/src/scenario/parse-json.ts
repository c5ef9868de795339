import { parse as parseJsonc, printParseErrorCode, stripComments, type ParseError } from 'jsonc-parser';
import { inputError } from '../errors/error-catalogue.js';

/**
 * Parses a scenario's text: JSON, with `//` and `/* … *\/` comments allowed (JSONC, as editors write
 * configuration files). A syntax error is a one-line InputError naming the source (a file, or "link" in the web
 * app) and the line and column where jsonc-parser found it. Shared by the CLI and the web app so both word a
 * syntax error alike. Trailing commas, NaN and other non-JSON remain errors. The value itself comes from
 * JSON.parse of the text with its comments blanked out, so keys such as "__proto__" stay plain own keys.
 */
export function parseJson(text: string, file: string): unknown {
  if (text.trim() === '') throw inputError('invalidJson', file, 'the file is empty');
  const errors: ParseError[] = [];
  try {
    parseJsonc(text, errors, { disallowComments: false, allowTrailingComma: false, allowEmptyContent: false });
  } catch (error) {
    // jsonc-parser recurses once per level and runs out of stack on very deep nesting; JSON.parse does not,
    // and the validator then names the path that is nested too deeply.
    if (!(error instanceof RangeError)) throw error;
  }
  if (errors.length > 0) {
    const [first] = errors;
    const before = text.slice(0, first.offset);
    const line = before.split('\n').length;
    const column = first.offset - before.lastIndexOf('\n');
    throw inputError('jsonSyntax', file, line, column, describe(first, text));
  }
  try {
    return JSON.parse(stripComments(text, ' '));
  } catch (error) {
    throw inputError('invalidJson', file, (error as Error).message.split('\n')[0]);
  }
}

/** jsonc-parser's error code as a person reads it, quoting a short, printable excerpt where it helps. */
function describe(error: ParseError, text: string): string {
  const found = text.slice(error.offset, error.offset + Math.min(error.length, 20)).replace(/[^\x20-\x7e]/g, '?');
  const code = printParseErrorCode(error.error);
  switch (code) {
    case 'InvalidSymbol':
      return `unexpected ${JSON.stringify(found)}; JSON has numbers, "strings", true, false, null, objects and arrays`;
    case 'PropertyNameExpected':
      return 'expected a property name in double quotes (a trailing comma?)';
    case 'ValueExpected':
      return 'expected a value (a trailing comma, or a missing value?)';
    case 'CommaExpected':
      return 'expected a comma';
    case 'ColonExpected':
      return 'expected a colon after the property name';
    case 'CloseBraceExpected':
      return 'expected } to close the object';
    case 'CloseBracketExpected':
      return 'expected ] to close the array';
    case 'EndOfFileExpected':
      return `unexpected ${JSON.stringify(found)} after the end of the document`;
    case 'UnexpectedEndOfString':
      return 'a string is not closed';
    case 'UnexpectedEndOfComment':
      return 'a /* comment is not closed';
    default:
      return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  }
}
