// Builds each page of the add-on into one self-contained file: src/sidebar into
// dist/Sidebar.html, the map and brief dialogs of src/dialogs into dist/Map.html and
// dist/Brief.html: Preact app and CSS inlined, nothing fetched from any other host.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, transform } from 'esbuild';

/** Keeps the inlined script from closing its own <script> element or opening a comment. */
export function inlineSafe(js: string): string {
  return js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/** A page of the add-on: its folder, entry and style sheet under src. */
export interface PageSource {
  /** The folder with the page's tsconfig.json. */
  dir: string;
  entry: string;
  css: string;
}

export const PAGES: Readonly<Record<'Sidebar' | 'Map' | 'Brief', PageSource>> = {
  Sidebar: { dir: 'src/sidebar', entry: 'src/sidebar/main.tsx', css: 'src/sidebar/styles.css' },
  Map: { dir: 'src/dialogs', entry: 'src/dialogs/map/main.tsx', css: 'src/dialogs/dialog.css' },
  Brief: {
    dir: 'src/dialogs',
    entry: 'src/dialogs/brief/main.tsx',
    css: 'src/dialogs/brief/brief.css',
  },
};

/** The sidebar's page (dist/Sidebar.html). */
export async function sidebarHtml(root: string): Promise<string> {
  return pageHtml(root, PAGES.Sidebar);
}

/**
 * A page: a `_top` base (links must leave the sandboxed iframe), the CSS, the app's script, all
 * inlined, so HtmlService serves one self-contained file that asks no other host for anything.
 */
export async function pageHtml(root: string, page: PageSource): Promise<string> {
  const dir = join(root, page.dir);
  const script = await build({
    entryPoints: [join(root, page.entry)],
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
  const css = await transform(readFileSync(join(root, page.css), 'utf8'), {
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
  return writePage(root, dist, 'Sidebar');
}

/** Writes dist/<name>.html and returns its size in bytes. */
export async function writePage(
  root: string,
  dist: string,
  name: keyof typeof PAGES,
): Promise<number> {
  const html = await pageHtml(root, PAGES[name]);
  writeFileSync(join(dist, `${name}.html`), html);
  return Buffer.byteLength(html);
}
