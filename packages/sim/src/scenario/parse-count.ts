import { InputError, formatNumber } from '../errors/input-error.js';

/**
 * Parses a count typed by a person: `1000000`, `1e6` or `1_000_000`. Must be a whole number in [min, max].
 * Shared by the CLI (--samples, --seed) and the web app (the same values in a link).
 */
export function parseCount(text: string, flag: string, min: number, max: number): number {
  const cleaned = text.trim();
  if (!/^(\d+(_\d+)*)(\.\d+)?([eE][+]?\d+)?$/.test(cleaned)) {
    throw new InputError(flag, `expected a whole number such as 1000000, 1e6 or 1_000_000, got ${JSON.stringify(text)}`);
  }
  const value = Number(cleaned.replaceAll('_', ''));
  if (!Number.isSafeInteger(value)) throw new InputError(flag, `expected a whole number, got ${JSON.stringify(text)}`);
  if (value < min || value > max) throw new InputError(flag, `must be between ${formatNumber(min)} and ${formatNumber(max)}, got ${text}`);
  return value;
}
