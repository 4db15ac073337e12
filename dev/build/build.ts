// `npm run build`: dist/Code.js (stubs + bundle) and dist/appsscript.json, ready for `clasp push`.
import {
  copyFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { bundleServer, GLOBAL_SHIM } from './bundle-server';
import { writePage, writeSidebar } from './bundle-sidebar';
import { countCustomFunctionTags, entryStubs } from './entry-stubs';

const root = join(__dirname, '..', '..');
const dist = join(root, 'dist');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

async function main(): Promise<void> {
  mkdirSync(dist, { recursive: true });
  const bundle = await bundleServer(join(root, 'src', 'server', 'index.ts'));
  const stubs = entryStubs(bundle);
  const declared = sourceFiles(join(root, 'src', 'server')).reduce(
    (n, file) => n + countCustomFunctionTags(readFileSync(file, 'utf8')),
    0,
  );
  const stubbed = countCustomFunctionTags(stubs);
  if (stubbed < declared) {
    throw new Error(
      `Build: src/server declares ${declared} @customfunction tags but the stubs carry ${stubbed}. ` +
        'Mark each custom function doc comment @preserve and put it right above its global.X assignment.',
    );
  }
  writeFileSync(join(dist, 'Code.js'), `${stubs}\n\n${GLOBAL_SHIM}${bundle}`);
  copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
  console.log(`Build: dist/Sidebar.html (${await writeSidebar(root, dist)} bytes)`);
  console.log(`Build: dist/Map.html (${await writePage(root, dist, 'Map')} bytes)`);
  console.log(`Build: dist/Brief.html (${await writePage(root, dist, 'Brief')} bytes)`);
  console.log(`Build: dist/Code.js (${stubbed} custom functions), dist/appsscript.json`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
