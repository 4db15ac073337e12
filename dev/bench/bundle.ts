// A bench-only bundle of one of dev/bench's entry files, laid out like dist/Code.js: the
// top-level stubs (simple triggers need them), then the code. Never shipped.
import { join } from 'node:path';
import { bundleServer, GLOBAL_SHIM } from '../build/bundle-server';
import { entryStubs } from '../build/entry-stubs';

export async function benchBundle(entry: string): Promise<string> {
  const code = await bundleServer(join(__dirname, entry));
  return `${entryStubs(code)}\n${GLOBAL_SHIM}${code}`;
}
