import { fixedKind } from '../error-kind.js';

/** Errors in a web link (the page's address): its parameters and the scenario it carries. */
export const LINK_ERRORS = {
  unknownLinkParameter: fixedKind(
    'the link parameter (link.preset, link.samples, …)',
    'unknown parameter; a link carries preset or scenario, seed and samples',
  ),
  notBase64Url: fixedKind('link.scenario', 'is not base64url text (A–Z, a–z, 0–9, - and _)'),
  linkNotUtf8: fixedKind('link.scenario', 'does not decode to UTF-8 text; the link may have been cut short'),
} as const;
