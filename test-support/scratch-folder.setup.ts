import { afterAll } from 'vitest';
import { removeScratchFolders } from './scratch-folder.js';

/**
 * A setup file for packages whose test files share modules (vitest's `isolate: false`): setup files run for
 * every test file, so each file's scratch folders are removed when its tests end, as with isolated files.
 */
afterAll(removeScratchFolders);
