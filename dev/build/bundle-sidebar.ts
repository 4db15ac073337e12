// Builds src/sidebar into one self-contained dist/Sidebar.html: Preact app and CSS inlined,
// nothing fetched from any other host (HtmlService serves it from the add-on).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, transform } from 'esbuild';

/** Keeps the inlined script from closing its own <script> element or opening a comment. */
export function inlineSafe(js: string): string {
  return js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/** The page: a `_top` base (links must leave the sandboxed iframe), the CSS, the app's script. */
export async function sidebarHtml(root: string): Promise<string> {
  const dir = join(root, 'src', 'sidebar');
  const script = await build({
    entryPoints: [join(dir, 'main.tsx')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    tsconfig: join(dir, 'tsconfig.json'),
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'warning',
  });
  const css = await transform(readFileSync(join(dir, 'styles.css'), 'utf8'), {
    loader: 'css',
    minify: true,
  });
  return [
    '<!DOCTYPE html>',
    '<html><head><base target="_top"><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<style>${css.code.trim()}</style></head>`,
    `<body><div id="app"></div><script>${inlineSafe(script.outputFiles[0].text)}</script></body></html>`,
    '',
  ].join('\n');
}

/** Writes dist/Sidebar.html and returns its size in bytes. */
export async function writeSidebar(root: string, dist: string): Promise<number> {
  const html = await sidebarHtml(root);
  writeFileSync(join(dist, 'Sidebar.html'), html);
  return Buffer.byteLength(html);
}
