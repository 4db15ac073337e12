// The shape of the house, checked from the files: Apps Script's globals are read only at the
// entry points, the sidebar sees the server only through the type of its endpoints, no
// module imports itself back through a circle, and files stay small enough to read.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = join(__dirname, '..', '..');
const src = join(root, 'src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const rel = (path: string) => relative(root, path).replace(/\\/g, '/');
const files = filesUnder(src);
const code = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));

/** Source without comments, so a doc comment naming `SpreadsheetApp` does not count. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

interface Import {
  target: string;
  typeOnly: boolean;
  names: string;
}

/** The relative imports of a file, resolved to files under src. */
function importsOf(file: string): Import[] {
  const found: Import[] = [];
  const pattern = /import\s+(type\s+)?([^'"]*?)\s*from\s*['"](\.{1,2}\/[^'"]+)['"]/g;
  for (const match of withoutComments(code.get(file) ?? '').matchAll(pattern)) {
    const base = resolve(dirname(file), match[3]);
    const target = ['.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((p) => code.has(p));
    if (target) found.push({ target, typeOnly: match[1] !== undefined, names: match[2] });
  }
  return found;
}

const GLOBALS =
  /\b(SpreadsheetApp|LockService|CacheService|PropertiesService|Session|ScriptApp|HtmlService|Utilities|DriveApp|Drive|Sheets|Charts|MailApp|Logger|GoogleAppsScript)\s*\./;

/** Every circle of a graph of imports, each as the files around it. */
function circlesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const circles: string[][] = [];
  const visit = (node: string, path: string[]) => {
    if (state.get(node) === 'done') return;
    if (state.get(node) === 'open') {
      circles.push([...path.slice(path.indexOf(node)), node]);
      return;
    }
    state.set(node, 'open');
    for (const next of graph.get(node) ?? []) visit(next, [...path, node]);
    state.set(node, 'done');
  };
  for (const node of graph.keys()) visit(node, []);
  return circles;
}
const ENTRY_POINTS = ['src/server/index.ts', 'src/server/platform/apps-script.ts'];

describe('the house', () => {
  it('reads Apps Script globals only at the entry points and in the Platform factory', () => {
    const offenders = files
      .filter((f) => !ENTRY_POINTS.includes(rel(f)))
      .flatMap((f) =>
        withoutComments(code.get(f) ?? '')
          .split('\n')
          .map((line, i) => ({ line, i }))
          .filter(({ line }) => GLOBALS.test(line))
          .map(({ i, line }) => `${rel(f)}:${i + 1}: ${line.trim()}`),
      );

    expect(offenders).toEqual([]);
  });

  it('lets the sidebar and the dialogs import nothing from src/server but the type of its endpoints', () => {
    const server = join(src, 'server');
    const reaches = files
      .filter((f) => rel(f).startsWith('src/sidebar/') || rel(f).startsWith('src/dialogs/'))
      .flatMap((f) => importsOf(f).map((i) => ({ from: rel(f), ...i })))
      .filter((i) => i.target.startsWith(server))
      .filter(
        (i) =>
          !(
            i.typeOnly &&
            rel(i.target) === 'src/server/endpoints.ts' &&
            /^\{\s*Endpoints\s*\}$/.test(i.names)
          ),
      )
      .map((i) => `${i.from} imports ${i.names} from ${rel(i.target)}`);

    expect(reaches).toEqual([]);
  });

  it('has no import circles in src', () => {
    const graph = new Map(files.map((f) => [f, importsOf(f).map((i) => i.target)]));

    const circles = circlesOf(graph).map((circle) => circle.map(rel).join(' → '));

    expect(circles).toEqual([]);
  });

  it('keeps every file of src under 250 lines, message catalogues and template data aside', () => {
    const exempt = /^src\/(i18n\/(en|lt)\.ts|template\/sheets\/.*\.ts)$/;
    const long = files
      .filter((f) => !exempt.test(rel(f)))
      .map((f) => ({ file: rel(f), lines: (code.get(f) ?? '').split('\n').length - 1 }))
      .filter((f) => f.lines > 250);

    expect(long).toEqual([]);
  });

  it('writes cells only through the one writer (src/server/sheet/writer.ts)', () => {
    const writes = /\.(setValues?|setFormulas?|setRichTextValues?|appendRow)\s*\(/;
    const offenders = files
      .filter((f) => rel(f) !== 'src/server/sheet/writer.ts')
      .flatMap((f) =>
        withoutComments(code.get(f) ?? '')
          .split('\n')
          .map((line, i) => ({ line, i }))
          .filter(({ line }) => writes.test(line))
          .map(({ i, line }) => `${rel(f)}:${i + 1}: ${line.trim()}`),
      );

    expect(offenders).toEqual([]);
    expect(writes.test('range.setValues(values);')).toBe(true);
  });

  it('names every room of src and src/server in README’s architecture section', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const architecture = readme.slice(readme.indexOf('## Architecture'));
    const section = architecture.slice(0, architecture.indexOf('\n## ', 1));
    const rooms = (dir: string) =>
      readdirSync(dir).filter((name) => statSync(join(dir, name)).isDirectory());

    const unnamed = [
      ...rooms(src).map((room) => `src/${room}`),
      ...rooms(join(src, 'server')).map((room) => `  ${room}/`),
    ].filter((room) => !section.includes(room));

    expect(unnamed).toEqual([]);
  });

  it('proves its scanner: a planted global, a server import and a circle are each found', () => {
    const planted = 'const a = SpreadsheetApp.getActive(); // Session.x';

    expect(GLOBALS.test(withoutComments(planted))).toBe(true);
    expect(GLOBALS.test(withoutComments('// SpreadsheetApp in a comment'))).toBe(false);
    expect(importsOf(join(src, 'sidebar', 'server.ts')).map((i) => rel(i.target))).toEqual([
      'src/server/endpoints.ts',
    ]);
    expect(
      circlesOf(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
        ]),
      ),
    ).toEqual([['a', 'b', 'c', 'a']]);
  });
});
