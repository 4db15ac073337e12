// Top-level stubs for Apps Script: it only sees top-level function declarations, so each
// `global.X = …` of the bundle gets `function X(params) {}` with its doc comment above.
import { generate } from 'gas-entry-generator';

/** Matches a doc comment's `@preserve` line, which esbuild needs and Sheets should not show. */
const PRESERVE_LINE = /^[ \t]*\*[ \t]*@preserve[ \t]*\r?\n/gm;
/** Doc comment lines that esbuild indented inside its IIFE, set back to the usual ` * `. */
const INDENTED_STAR = /^[ \t]+\*/gm;
/** esbuild's `// src/…` file markers, which would otherwise sit above the first stub. */
const FILE_MARKER = /^\/\/ src\/.*\r?\n/gm;

/**
 * Generates the stubs from the bundled code. gas-entry-generator reads the bundle's
 * `global.X = (a, b) => …` assignments and keeps their leading comments (`comment: true`),
 * so each custom function's JSDoc (`@customfunction`, `@param`) sits above its stub.
 */
export function entryStubs(bundle: string): string {
  const { entryPointFunctions } = generate(bundle, { comment: true });
  return paramsFromDocs(
    entryPointFunctions
      .replace(PRESERVE_LINE, '')
      .replace(INDENTED_STAR, ' *')
      .replace(FILE_MARKER, ''),
  );
}

/**
 * Gives each documented stub the parameter names of its `@param` tags. esbuild renames a
 * parameter that shares its name with any top-level name of the bundle (`key` → `key2`),
 * and Sheets shows the stub's names, so the doc comment is the source of truth.
 */
export function paramsFromDocs(stubs: string): string {
  return stubs.replace(
    /(\/\*\*[\s\S]*?\*\/)\nfunction (\w+)\(([^)]*)\)/g,
    (whole, doc: string, name: string, params: string) => {
      const documented = [...doc.matchAll(/@param\s+(?:\{[^}]*\}\s+)?\[?(\w+)/g)].map((m) => m[1]);
      const count = params.trim() === '' ? 0 : params.split(',').length;
      return documented.length === count && count > 0
        ? `${doc}\nfunction ${name}(${documented.join(', ')})`
        : whole;
    },
  );
}

/** Counts `@customfunction` tags, to prove no custom function lost its doc comment. */
export function countCustomFunctionTags(code: string): number {
  return (code.match(/@customfunction\b/g) ?? []).length;
}
