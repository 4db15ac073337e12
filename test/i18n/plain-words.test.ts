// What a manager reads is plain language (issue 13, item 14): no rule number in any message,
// finding, header or hint, in either language; the numbers live in hovers, help notes and docs.
import { fieldsFor } from '../../src/dossier/fields';
import { en } from '../../src/i18n/en';
import { lt } from '../../src/i18n/lt';

const RULE = /\bR[1-6](\.\d)?\b/;
/** The one message that exists to name rules: the hover of a hint. */
const HOVERS = new Set(['sidebar.rules']);

/** Every text of a catalogue, each function called with sample arguments, by its path. */
function texts(node: unknown, path: string): [string, string][] {
  if (typeof node === 'string') return [[path, node]];
  if (typeof node === 'function') {
    const args = Array.from({ length: node.length }, () => '3');
    const out = (node as (...a: unknown[]) => unknown)(...args);
    return typeof out === 'string' ? [[path, out]] : [];
  }
  if (typeof node === 'object' && node !== null)
    return Object.entries(node).flatMap(([k, v]) => texts(v, path ? `${path}.${k}` : k));
  return [];
}

describe('plain words', () => {
  it.each([
    ['en', en],
    ['lt', lt],
  ])('names no rule number in any %s message', (_, catalogue) => {
    const coded = texts(catalogue, '').filter(
      ([path, text]) => !HOVERS.has(path) && RULE.test(text),
    );

    expect(coded).toEqual([]);
  });

  it.each(['en', 'lt'] as const)(
    'gives every %s form hint words of its own, the rule only on hover',
    (lang) => {
      const fields = Object.values(fieldsFor(lang)).flat();
      const norm = (t: string) =>
        t
          .toLowerCase()
          .replace(/[^\p{L}\p{N} ]/gu, '')
          .trim();

      const coded = fields.filter((f) => RULE.test(f.help)).map((f) => f.label);
      const echoes = fields
        .filter((f) => {
          const label = new Set(norm(f.label).split(/\s+/));
          const own = norm(f.help)
            .split(/\s+/)
            .filter((w) => w.length > 3 && !label.has(w));
          return own.length < 2;
        })
        .map((f) => `${f.label}: ${f.help}`);

      expect(coded).toEqual([]);
      expect(echoes).toEqual([]);
      expect(fields.filter((f) => f.rules === undefined).map((f) => f.label)).toEqual([]);
    },
  );
});
