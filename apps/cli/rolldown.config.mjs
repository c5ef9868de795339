// The CLI as shipped: one bundle of src/main.ts with everything it runs on (sim, zod, commander, workerpool,
// cli-progress…), so `horizon` starts without resolving and loading ~200 module files, and the packed
// tarball installs without a dependency tree. Written to dist/bundle/, flat:
//
// - horizon.js, the entry bin/horizon.js loads;
// - sweep-worker.js and fit-worker.js, the pool's worker scripts, named as packages/sim's `sweepWorkerUrl` and
//   `fitWorkerUrl` name them (`new URL('./sweep-worker.js', import.meta.url)` then points beside the chunk);
// - chunks shared between them, and the per-sample Arrow writer with apache-arrow, a chunk of its own that is
//   loaded only when `--per-sample` asks for an Arrow file (src/per-sample-output.ts imports it dynamically);
// - kernel.wasm, the WebAssembly kernel, which @horizon/core-wasm's `kernelWasmUrl` names beside the chunk;
// - THIRD-PARTY-LICENSES.txt, the licences of the bundled packages.
//
// `tsc -p tsconfig.build.json` still writes dist/ (type-checked modules for the benchmark and the web tests).
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'rolldown';
import { kernelWasmUrl } from '@horizon/core-wasm';
import { sweepWorkerUrl } from '@horizon/sim';
import { fitWorkerUrl } from '@horizon/sim/internal';
import { kernelBesideChunk } from './scripts/kernel-beside-chunk.mjs';
import { thirdPartyLicenses } from './scripts/third-party-licenses.mjs';

const entry = (url) => [basename(url.pathname, '.js'), fileURLToPath(url)];

export default defineConfig({
  input: Object.fromEntries([['horizon', 'src/main.ts'], entry(sweepWorkerUrl), entry(fitWorkerUrl)]),
  platform: 'node',
  // jsonc-parser's CommonJS build loads its parts with a require() inside a UMD wrapper, which a bundler cannot
  // follow; its ES module build imports them statically.
  resolve: { mainFields: ['module', 'main'] },
  plugins: [kernelBesideChunk(kernelWasmUrl), thirdPartyLicenses('THIRD-PARTY-LICENSES.txt')],
  output: { dir: 'dist/bundle', format: 'esm', entryFileNames: '[name].js', chunkFileNames: '[name].js', cleanDir: true },
});
