/**
 * Wraps a name from a scenario in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE (U+2068, U+2069), so a
 * right-to-left name, or one holding a direction override, cannot reorder the numbers printed after it. Works
 * in HTML text, SVG text and the tooltip alike (Unicode bidirectional algorithm, UAX #9, isolates).
 */
export function isolate(name: string): string {
  return `\u2068${name}\u2069`;
}
