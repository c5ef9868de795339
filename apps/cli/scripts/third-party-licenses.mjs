import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';

/**
 * A rolldown plugin that writes `fileName` beside the bundle: for every package from node_modules whose code
 * the bundle holds, its name, version, licence and licence text (and its NOTICE, which Apache-2.0 asks to
 * pass on), sorted by name. Bundling copies their code, so their licences travel with it.
 */
export function thirdPartyLicenses(fileName) {
  return {
    name: 'third-party-licenses',
    generateBundle(_options, bundle) {
      const roots = new Set();
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        for (const id of output.moduleIds) {
          const root = packageRoot(id);
          if (root) roots.add(root);
        }
      }
      const sections = [...roots].map((root) => {
        const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
        const texts = readdirSync(root).filter((name) => /^(licen[cs]e|notice)/i.test(name)).sort();
        if (!texts.some((name) => /^licen[cs]e/i.test(name))) this.error(`${manifest.name} has no licence file to pass on`);
        const body = texts.map((name) => readFileSync(join(root, name), 'utf8').trim()).join('\n\n');
        return { name: manifest.name, text: `${manifest.name} ${manifest.version} (${manifest.license})\n\n${body}\n` };
      });
      sections.sort((a, b) => (a.name < b.name ? -1 : 1));
      const rule = `\n${'-'.repeat(78)}\n\n`;
      const intro = 'The horizon CLI bundle holds code from these packages, under these licences.\n';
      this.emitFile({ type: 'asset', fileName, source: [intro, ...sections.map((section) => section.text)].join(rule) });
    },
  };
}

/** The folder of the node_modules package holding module `id`, or undefined for the workspace's own code. */
function packageRoot(id) {
  const at = id.lastIndexOf(`${sep}node_modules${sep}`);
  if (at < 0) return undefined;
  for (let folder = dirname(id); folder.length > at; folder = dirname(folder)) {
    if (existsSync(join(folder, 'package.json')) && JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')).name) return folder;
  }
  return undefined;
}
