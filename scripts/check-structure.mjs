#!/usr/bin/env node
// The two structural rules `npm test` keeps (docs/architecture.md):
// 1. packages/sim/src is a stack of layers, listed lowest first in packages/sim/layers.json. A source file may
//    import from its own layer or a lower one, never a higher one. Tests and fixtures (*.test.ts,
//    *.fixture.ts, test-support.ts) are exempt: they check a unit through the layers above it.
// 2. apps/cli/src has no import cycle.
// 3. Every relative link in the README and docs/ names a file or folder of the repository.
// Imports are read with TypeScript's own pre-processor, so `import type`, `export … from` and `import()` count.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Every .ts file under `dir`, as paths relative to it with forward slashes. */
export function sourceFiles(dir) {
  return sourceFilesWith(dir, '.ts');
}

/** The files inside `dir` that `file` (relative to `dir`) imports by a relative path, relative to `dir`. */
export function relativeImports(dir, file) {
  const text = readFileSync(path.join(dir, file), 'utf8');
  const { importedFiles } = ts.preProcessFile(text, true, true);
  return importedFiles
    .map((ref) => ref.fileName)
    .filter((spec) => spec.startsWith('./') || spec.startsWith('../'))
    .map((spec) => {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
      const ts = target.replace(/\.js$/, '.ts');
      return existsSync(path.join(dir, ts)) ? ts : target;
    });
}

const TEST_ONLY = /(\.test\.ts|\.fixture\.ts|\.setup\.ts|\.test-support\.ts|^test-support\.ts)$/;

/** The layer a file belongs to: its first folder, or the file itself at the top level. */
function layerOf(file) {
  return file.includes('/') ? file.slice(0, file.indexOf('/')) : file;
}

/**
 * One line per import that points up the stack `layers` (lowest first), and per source file in no layer.
 * Files outside `dir` (packages, JSON data next to a file) are not layered here.
 */
export function layerViolations(dir, layers) {
  const rank = new Map(layers.map((name, k) => [name, k]));
  const problems = [];
  for (const file of sourceFiles(dir)) {
    if (TEST_ONLY.test(path.posix.basename(file)) || TEST_ONLY.test(file)) continue;
    const from = layerOf(file);
    if (!rank.has(from)) {
      problems.push(`${file}: "${from}" is in no layer of layers.json; add it where it belongs`);
      continue;
    }
    for (const target of relativeImports(dir, file)) {
      if (target.startsWith('..')) continue;
      const to = layerOf(target);
      if (rank.has(to) && rank.get(to) > rank.get(from)) {
        problems.push(`${file} imports ${target}: layer "${from}" may not import the higher layer "${to}"`);
      }
    }
  }
  return problems;
}

/** Every import cycle among the files under `dir`, each as the list of its files (Tarjan's algorithm). */
export function importCycles(dir) {
  const files = sourceFiles(dir);
  const edges = new Map(files.map((f) => [f, relativeImports(dir, f).filter((t) => files.includes(t))]));
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const cycles = [];
  let next = 0;
  const visit = (v) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v)) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) === index.get(v)) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || edges.get(v).includes(v)) cycles.push(component.sort());
    }
  };
  for (const f of files) if (!index.has(f)) visit(f);
  return cycles;
}

/** The markdown files whose links must resolve: the README, docs/ and the packages' READMEs. */
export function docFiles() {
  const docs = sourceFilesWith(path.join(repo, 'docs'), '.md').map((file) => `docs/${file}`);
  const readmes = ['README.md', 'data/README.md', ...['packages', 'apps'].flatMap((dir) => readdirSync(path.join(repo, dir)).map((name) => `${dir}/${name}/README.md`))];
  return [...readmes.filter((file) => existsSync(path.join(repo, file))), ...docs];
}

/** One line per relative link `[text](target)` of `files` (relative to `root`) whose target is missing. */
export function brokenDocLinks(files = docFiles(), root = repo) {
  const problems = [];
  for (const file of files) {
    const text = readFileSync(path.join(root, file), 'utf8');
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z][a-z+.-]*:/i.test(target) || target.startsWith('#')) continue;
      const local = decodeURIComponent(target.split('#')[0]);
      if (!existsSync(path.join(root, path.dirname(file), local))) problems.push(`${file}: the link ${target} names nothing in the repository`);
    }
  }
  return problems;
}

/** Every file under `dir` ending in `ending`, relative to it. */
function sourceFilesWith(dir, ending) {
  const walk = (sub) =>
    readdirSync(path.join(dir, sub)).flatMap((name) => {
      const rel = sub ? `${sub}/${name}` : name;
      return statSync(path.join(dir, rel)).isDirectory() ? walk(rel) : rel.endsWith(ending) ? [rel] : [];
    });
  return walk('').sort();
}

/** The sim layers, lowest first, as packages/sim/layers.json lists them. */
export function simLayers() {
  return JSON.parse(readFileSync(path.join(repo, 'packages/sim/layers.json'), 'utf8')).layers.map((layer) => layer.name);
}

/** Every structural problem of the repository, one line each. */
export function structureProblems() {
  return [
    ...layerViolations(path.join(repo, 'packages/sim/src'), simLayers()).map((line) => `packages/sim/src/${line}`),
    ...importCycles(path.join(repo, 'apps/cli/src')).map((cycle) => `apps/cli/src: import cycle through ${cycle.join(', ')}`),
    ...brokenDocLinks(),
  ];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const problems = structureProblems();
  for (const line of problems) process.stderr.write(`${line}\n`);
  process.exit(problems.length === 0 ? 0 : 1);
}
