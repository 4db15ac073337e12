// The page's script and styles, bundled from client/ by esbuild in memory when the server starts.
import { join } from 'node:path';
import { build } from 'esbuild';

export interface ClientBundle {
  js: string;
  css: string;
}

export async function bundleClient(): Promise<ClientBundle> {
  const result = await build({
    entryPoints: [join(__dirname, 'client', 'main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    outdir: 'out',
    sourcemap: 'inline',
    logLevel: 'silent',
  });
  const file = (ext: string) => result.outputFiles.find((f) => f.path.endsWith(ext))?.text ?? '';
  return { js: file('.js'), css: file('.css') };
}
