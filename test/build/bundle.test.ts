// What `clasp push` sends: top-level stubs with their doc comments, and a plain V8 script.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { countCustomFunctionTags, entryStubs } from '../../dev/build/entry-stubs';

const root = join(__dirname, '..', '..');
const code = readFileSync(join(root, 'dist', 'Code.js'), 'utf8');
const CUSTOM_FUNCTIONS: Record<string, string[]> = {
  KAM_TIER: ['revenue', 'total', 'key', 'critical', 'mono'],
  KAM_SHARE: ['revenue', 'total'],
  KAM_HHI: ['revenues'],
  KAM_NEXT_REVIEW: ['last_review', 'months'],
  KAM_NEXT_CONTACT: ['last_positive', 'last_negative', 'contact_days', 'pause_days'],
  KAM_PAUSE_END: ['last_negative', 'pause_days'],
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : [path];
  });
}

describe('dist/Code.js', () => {
  it.each(Object.entries(CUSTOM_FUNCTIONS))(
    'declares %s at the top level with its parameter names and @customfunction doc right above',
    (name, params) => {
      const stub = new RegExp(
        `/\\*\\*\\n(?: \\*.*\\n)*? \\* @customfunction\\n \\*/\\nfunction ${name}\\(${params.join(', ')}\\) \\{`,
      );

      expect(code).toMatch(stub);
    },
  );

  it('carries as many @customfunction tags in its stubs as src/server declares', () => {
    const declared = sources(join(root, 'src', 'server')).reduce(
      (n, file) => n + countCustomFunctionTags(readFileSync(file, 'utf8')),
      0,
    );
    const stubs = code.slice(0, code.indexOf('var global = globalThis;'));

    expect(countCustomFunctionTags(stubs)).toBe(declared);
    expect(declared).toBe(Object.keys(CUSTOM_FUNCTIONS).length);
  });

  it('shows no @preserve line in the stubs Sheets reads', () => {
    const stubs = code.slice(0, code.indexOf('var global = globalThis;'));

    expect(stubs).not.toContain('@preserve');
  });

  it('is a classic script: no import, export or require', () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/\brequire\(/);
  });

  it('declares the simple triggers onOpen and onInstall at the top level', () => {
    expect(code).toMatch(/^function onOpen\(e\) \{/m);
    expect(code).toMatch(/^function onInstall\(e\) \{/m);
  });
});

describe('entryStubs', () => {
  it('keeps a preserved doc comment above its stub and drops the @preserve line', () => {
    const bundle =
      '(() => {\n  /**\n   * @preserve\n   * Doubles.\n   * @customfunction\n   */\n  global.DOUBLE = (n) => n * 2;\n})();';

    const stubs = entryStubs(bundle);

    expect(stubs).toBe('/**\n * Doubles.\n * @customfunction\n */\nfunction DOUBLE(n) {\n}');
  });

  it('names stub parameters after the doc comment when esbuild renamed them to dodge a top-level name', () => {
    const bundle =
      '(() => {\n  var key = 1;\n  /**\n   * @preserve\n   * @param {number} key Threshold.\n   * @customfunction\n   */\n  global.F = (key2) => key2 + key;\n})();';

    expect(entryStubs(bundle)).toContain('function F(key) {');
  });
});
