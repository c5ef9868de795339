// Adds package-lock entries for turbo's optional platform binaries (macOS, Windows) when they are missing.
//
// Why: npm records an optional dependency only if the registry serves it. A registry mirror that lacks the
// other platforms' turbo binaries yields a lock without them, and `npm ci` then refuses the lock as out of
// sync. The entries carry only version, os and cpu: npm skips them on other platforms and fetches them by
// version where they apply. Run after `npm install` changes the lock: `node scripts/complete-lockfile.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const turbo = lock.packages['node_modules/turbo'];
const platforms = {
  '@turbo/darwin-64': [['darwin'], ['x64']],
  '@turbo/darwin-arm64': [['darwin'], ['arm64']],
  '@turbo/windows-64': [['win32'], ['x64']],
  '@turbo/windows-arm64': [['win32'], ['arm64']],
};
let added = 0;
if (turbo) {
  for (const [name, [os, cpu]] of Object.entries(platforms)) {
    const key = `node_modules/${name}`;
    if (!(key in lock.packages)) {
      lock.packages[key] = { version: turbo.version, cpu, license: 'MIT', optional: true, os };
      added++;
    }
  }
  const entries = Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  lock.packages = Object.fromEntries(entries);
}
writeFileSync(path, JSON.stringify(lock, null, 2) + '\n');
console.log(`complete-lockfile: ${added} entr${added === 1 ? 'y' : 'ies'} added`);
