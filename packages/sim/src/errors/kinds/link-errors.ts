import { kind } from '../error-kind.js';

/** Errors in a web link (the page's address): its parameters and the scenario it carries. */
export const LINK_ERRORS = {
  unknownLinkParameter: kind(
    'the link parameter (link.preset, link.samples, …)',
    'unknown parameter; a link carries preset or scenario, seed and samples',
    () => 'unknown parameter; a link carries preset or scenario, seed and samples',
  ),
  notBase64Url: kind('link.scenario', 'is not base64url text (A–Z, a–z, 0–9, - and _)', () => 'is not base64url text (A–Z, a–z, 0–9, - and _)'),
  linkNotUtf8: kind('link.scenario', 'does not decode to UTF-8 text; the link may have been cut short', () => 'does not decode to UTF-8 text; the link may have been cut short'),
} as const;
