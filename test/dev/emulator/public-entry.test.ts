// Tests: code outside dev/emulator reaches the emulator only through its public entry, index.ts,
// so the emulator's files can move and change without breaking tests, the playground or the bench.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const SOURCE = /\.(?:[cm]?[jt]s|tsx)$/;
/** Static imports and re-exports, side-effect imports, import(), require() and jest.mock(). */
const SPECIFIER =
  /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*|\bjest\.(?:mock|requireActual)\s*\(\s*)(['"])([^'"\n]+)\1/g;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sources(path);
    return SOURCE.test(entry.name) ? [path] : [];
  });
}

/**
 * Every import under `root`'s test/ and dev/ (dev/emulator itself excepted) of a file inside
 * dev/emulator other than its index, as "file:line imports specifier".
 */
function internalImports(root: string): string[] {
  const emulator = join(root, 'dev', 'emulator');
  const files = [join(root, 'test'), join(root, 'dev')]
    .flatMap(sources)
    .filter((file) => !file.startsWith(emulator + sep));
  return files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return [...text.matchAll(SPECIFIER)].flatMap((m) => {
      const specifier = m[2];
      if (!specifier.startsWith('.') && !specifier.startsWith('/')) return [];
      const target = resolve(dirname(file), specifier).replace(/\.(?:[cm]?[jt]s|tsx)$/, '');
      if (target === emulator || target === join(emulator, 'index')) return [];
      if (!target.startsWith(emulator + sep)) return [];
      const line = text.slice(0, m.index).split('\n').length;
      return [`${relative(root, file)}:${line} imports ${specifier}`];
    });
  });
}

describe('the emulator’s public entry', () => {
  it('is the only emulator file that tests, the playground, the bench and dev/browser import', () => {
    expect(internalImports(ROOT)).toEqual([]);
  });

  it('names an import of an emulator internal, whatever form it takes', () => {
    const root = mkdtempSync(join(tmpdir(), 'public-entry-'));
    try {
      for (const dir of ['dev/emulator', 'dev/tool', 'test/x'])
        mkdirSync(join(root, dir), { recursive: true });
      // Specifiers are built here so this file's own text imports nothing internal.
      const internal = (path: string) => ['..', path].join('/');
      writeFileSync(join(root, 'dev', 'emulator', 'internal.ts'), 'export const fine = 1;\n');
      writeFileSync(
        join(root, 'dev', 'tool', 'uses.ts'),
        [
          `import { a } from '${internal('emulator')}';`,
          `import type { B } from '${internal('emulator/index')}';`,
          `import { cellA1 } from '${internal('emulator/a1')}';`,
          `export type { S } from "${internal('emulator/state.ts')}";`,
          `const d = await import('${internal('emulator/drive')}');`,
        ].join('\n'),
      );
      writeFileSync(
        join(root, 'test', 'x', 'spec.test.ts'),
        `jest.mock('${['..', '..', 'dev', 'emulator', 'env'].join('/')}');\n`,
      );

      expect(internalImports(root).sort()).toEqual(
        [
          `dev${sep}tool${sep}uses.ts:3 imports ../emulator/a1`,
          `dev${sep}tool${sep}uses.ts:4 imports ../emulator/state.ts`,
          `dev${sep}tool${sep}uses.ts:5 imports ../emulator/drive`,
          `test${sep}x${sep}spec.test.ts:1 imports ../../dev/emulator/env`,
        ].sort(),
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
