// Bundles src/server/index.ts into one plain V8 script that Apps Script accepts.
import { build } from 'esbuild';

/**
 * One IIFE, no modules, ES2020 (Apps Script's V8 runs it as a classic script). Only legal
 * comments survive esbuild, so custom functions' doc comments are marked `@preserve` and
 * kept `inline` next to their `global.X = …` assignment for the stub generator.
 */
export async function bundleServer(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'neutral',
    target: 'es2020',
    legalComments: 'inline',
    charset: 'utf8',
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

/** Apps Script has no `global`; the bundle's assignments land on the real global object. */
export const GLOBAL_SHIM = 'var global = globalThis;\n';
