/** The CLI's count parser is shared with the web app; it lives in packages/sim. */
export { parseCount } from '@horizon/sim';
