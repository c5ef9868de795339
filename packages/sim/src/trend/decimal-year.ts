/**
 * An ISO calendar date (YYYY-MM-DD, or YYYY-MM for the month's first day) as a decimal year: the year plus
 * the fraction of it elapsed at the date's start (UTC), so 2024-01-01 is 2024.0 and 2024-07-02 is 2024.5.
 * Returns null for anything else, including impossible dates such as 2024-02-30.
 */
export function decimalYear(iso: string): number | null {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3] ?? '1')];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  const start = Date.UTC(year, 0, 1);
  return year + (time - start) / (Date.UTC(year + 1, 0, 1) - start);
}
