import { sharedConfig } from '../../test-support/vitest.shared.js';

export default sharedConfig();
