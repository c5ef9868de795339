#!/usr/bin/env node
// Packs @horizon/core-wasm, @horizon/sim and @horizon/cli into tarballs that install anywhere with no registry:
//
//   node scripts/pack-packages.mjs [--no-build] [OUT_FOLDER]     (default: packed/)
//   npm install -g OUT_FOLDER/horizon-cli-0.1.0.tgz
//
// The CLI's tarball is its bundle (apps/cli/rolldown.config.mjs: a dozen files, the kernel and the licences of
// the code it holds) and has no dependencies to install. The libraries keep theirs: `npm pack` inside a
// workspace leaves out hoisted dependencies, and @horizon/* are not on the registry, so a plain tarball of sim
// cannot install on its own. Such a tarball carries its runtime dependencies instead (npm's
// `bundleDependencies`): the @horizon packages as their own packed files, the others copied from this clone's
// node_modules at the versions package-lock.json pins.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const workspaces = { '@horizon/core-wasm': 'packages/core-wasm', '@horizon/sim': 'packages/sim', '@horizon/cli': 'apps/cli' };
const args = process.argv.slice(2);
// --no-build: the packages are built already (tests run this inside `npm test`, whose turbo built them).
const build = !args.includes('--no-build');
const out = resolve(args.find((arg) => !arg.startsWith('--')) ?? join(root, 'packed'));
const work = mkdtempSync(join(tmpdir(), 'horizon-pack-'));

try {
  mkdirSync(out, { recursive: true });
  const plain = join(work, 'plain');
  mkdirSync(plain);
  if (build) execFileSync('npx', ['turbo', 'run', 'build', '--filter=@horizon/cli...', '--output-logs=errors-only'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  // Built above, so the packages' own prepack steps (build, copy the LICENSE) are skipped; the LICENSE is added below.
  execFileSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', plain, ...Object.keys(workspaces).flatMap((name) => ['-w', name])], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const extracted = new Map();
  for (const [name, folder] of Object.entries(workspaces)) {
    const filename = `${name.slice(1).replace('/', '-')}-${readJson(join(root, folder, 'package.json')).version}.tgz`;
    const into = join(work, 'extracted', name);
    mkdirSync(into, { recursive: true });
    execFileSync('tar', ['-xzf', join(plain, filename), '-C', into]);
    extracted.set(name, join(into, 'package'));
  }
  const stages = Object.keys(workspaces).map((name) => {
    const stage = join(work, 'stage', name, 'package');
    cpSync(extracted.get(name), stage, { recursive: true });
    cpSync(join(root, 'LICENSE'), join(stage, 'LICENSE'));
    const manifest = readJson(join(stage, 'package.json'));
    const dependencies = Object.keys(manifest.dependencies ?? {});
    for (const [dependency, folder] of closure(name, extracted)) cpSync(folder, join(stage, 'node_modules', dependency), { recursive: true });
    if (dependencies.length > 0) writeFileSync(join(stage, 'package.json'), JSON.stringify({ ...manifest, bundleDependencies: dependencies }, null, 2) + '\n');
    return stage;
  });
  // One npm for the three folders (npm pack FOLDER… packs each as `npm pack` inside it would): npm's start-up,
  // not the packing, was most of a small package's time.
  const filenames = execFileSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', out, ...stages], { cwd: work, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim().split('\n');
  for (const filename of filenames) console.log(join(out, filename));
} finally {
  rmSync(work, { recursive: true, force: true });
}

/**
 * Every runtime dependency of workspace `name`, direct and transitive, as [folder inside node_modules, folder to
 * copy]: flat where it can be, nested under the package that needs it when another version is already at the
 * top (d3-dsv's command-line tools want an older commander than the CLI's), as npm itself would lay it out.
 */
function closure(name, extracted) {
  const top = new Map();
  const out = [];
  const queue = [[name, join(root, workspaces[name]), '']];
  while (queue.length > 0) {
    const [, fromFolder, fromDest] = queue.shift();
    const dependencies = readJson(join(fromFolder, 'package.json')).dependencies ?? {};
    for (const dependency of Object.keys(dependencies)) {
      const source = workspaces[dependency] ? join(root, workspaces[dependency]) : locate(dependency, fromFolder);
      const version = readJson(join(source, 'package.json')).version;
      const folder = workspaces[dependency] ? extracted.get(dependency) : source;
      const already = top.get(dependency);
      if (already === version) continue;
      const dest = already === undefined ? dependency : `${fromDest}/node_modules/${dependency}`;
      if (already === undefined) top.set(dependency, version);
      out.push([dest, folder]);
      queue.push([dependency, source, dest]);
    }
  }
  return out;
}

/** Node's lookup: the nearest node_modules/NAME from `folder` up to the clone's root. */
function locate(dependency, folder) {
  for (let at = folder; ; at = dirname(at)) {
    const candidate = join(at, 'node_modules', dependency);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (at === root || at === dirname(at)) throw new Error(`cannot find ${dependency} from ${folder}; run npm ci first`);
  }
}

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}
