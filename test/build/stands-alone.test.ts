// The repository stands alone: no tracked file reads or names the folder beside it that a
// clone does not have (the rules live in docs/rules.md, the manifest schema in schemas/).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const outside = 'shared';

/** Built from parts, so that this file does not name what it looks for. */
const FORBIDDEN = [
  ['..', outside].join('/'),
  ['..', outside].join('\\'),
  ["'..'", `'${outside}'`].join(', '),
  ['".."', `"${outside}"`].join(', '),
];

/** Generated, and names only packages. */
const EXEMPT = new Set(['package-lock.json']);

/** Tracked files, or undefined when git (or the repository's history) is not at hand. */
function trackedFiles(): string[] | undefined {
  try {
    const out = execFileSync('git', ['ls-files', '-z'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
    return out.split('\0').filter((path) => path !== '');
  } catch {
    return undefined;
  }
}

/** A file's text, or undefined when it is binary (has a NUL byte) or gone from the work tree. */
function textOf(path: string): string | undefined {
  try {
    const bytes = readFileSync(join(root, path));
    return bytes.includes(0) ? undefined : bytes.toString('utf8');
  } catch {
    return undefined;
  }
}

/** "path:line: text" for every line of a file that names a forbidden path. */
function offendingLines(path: string, text: string): string[] {
  return text
    .split('\n')
    .map((line, i) => ({ line, number: i + 1 }))
    .filter(({ line }) => FORBIDDEN.some((needle) => line.includes(needle)))
    .map(({ line, number }) => `${path}:${number}: ${line.trim()}`);
}

const files = trackedFiles();

describe('the repository', () => {
  if (files === undefined) {
    it.skip('names nothing outside itself (skipped: git cannot list tracked files)', () => {});
  } else {
    it('names nothing outside itself', () => {
      const offenders = files
        .filter((path) => !EXEMPT.has(path))
        .flatMap((path) => {
          const text = textOf(path);
          return text === undefined ? [] : offendingLines(path, text);
        });

      expect(offenders).toEqual([]);
    });
  }

  it('recognises every spelling of the way to the folder beside it', () => {
    const spellings = [
      ['..', outside, 'DOMAIN.md'].join('/'),
      `join(root, '..', '${outside}', 'schemas')`,
      `path.join(__dirname, "..", "${outside}")`,
      ['..', outside, 'x'].join('\\'),
    ];

    const found = spellings.map((line) => offendingLines('x', line).length);

    expect(found).toEqual([1, 1, 1, 1]);
    expect(offendingLines('x', 'the shared schema in schemas/')).toEqual([]);
  });
});
