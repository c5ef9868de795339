import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const index = fileURLToPath(new URL('./index.ts', import.meta.url));
const apiDoc = fileURLToPath(new URL('../../../docs/api.md', import.meta.url));

/** Every export of the public entry with the TSDoc of the declaration it resolves to. */
function publicExports(): Array<{ name: string; doc: string }> {
  const program = ts.createProgram([index], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true, noEmit: true, types: [] });
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(index)!)!;
  return checker.getExportsOfModule(module).map((symbol) => {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    return { name: symbol.getName(), doc: ts.displayPartsToString(target.getDocumentationComment(checker)).trim() };
  });
}

describe('the public API (index.ts)', () => {
  const exports = publicExports();

  it('is a short list of what a program needs, not the library\'s internals', () => {
    expect(exports.length).toBeGreaterThan(30);
    expect(exports.length).toBeLessThanOrEqual(70);
  });

  it('documents every export on its declaration (TSDoc)', () => {
    expect(exports.filter(({ doc }) => doc.length < 10).map(({ name }) => name)).toEqual([]);
  });

  it('lists every export in docs/api.md', () => {
    const page = readFileSync(apiDoc, 'utf8');
    expect(exports.filter(({ name }) => !page.includes(`\`${name}\``)).map(({ name }) => name)).toEqual([]);
  });
});
