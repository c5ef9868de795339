import { inputError } from '../errors/error-catalogue.js';

/**
 * Parses a count typed by a person: `1000000`, `1e6` or `1_000_000`. Must be a whole number in [min, max].
 * Shared by the CLI (--samples, --seed) and the web app (the same values in a link).
 */
export function parseCount(text: string, flag: string, min: number, max: number): number {
  const cleaned = text.trim();
  if (!/^(\d+(_\d+)*)(\.\d+)?([eE][+]?\d+)?$/.test(cleaned)) {
    throw inputError('notACount', flag, text, true);
  }
  const value = Number(cleaned.replaceAll('_', ''));
  if (!Number.isSafeInteger(value)) throw inputError('notACount', flag, text, false);
  if (value < min || value > max) throw inputError('countOutOfRange', flag, min, max, text);
  return value;
}
