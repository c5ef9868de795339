/** The CLI's JSON reader is shared with the web app; it lives in packages/sim. */
export { parseJson } from '@horizon/sim';
