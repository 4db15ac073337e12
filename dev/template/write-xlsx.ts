// CLI: `npx tsx dev/template/write-xlsx.ts [--lang lt] [--out path] [--demo]` writes the
// downloadable template (R3.7), empty or filled with the demo portfolio.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Lang } from '../../src/template';
import { demoCellRows } from '../demo/cells';
import { generateDemo } from '../demo/generate';
import { templateXlsx } from './write-workbook';

/** Where the file goes unless `--out` says: English `dist/kam-dossier-template.xlsx`, Lithuanian `…-lt.xlsx`. */
export function defaultOutPath(root: string, lang: Lang, demo: boolean): string {
  const suffix = `${demo ? '-demo' : ''}${lang === 'lt' ? '-lt' : ''}`;
  return join(root, 'dist', `kam-dossier-template${suffix}.xlsx`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      lang: { type: 'string', default: 'en' },
      out: { type: 'string' },
      demo: { type: 'boolean', default: false },
    },
  });
  if (values.lang !== 'en' && values.lang !== 'lt')
    throw new Error(`--lang must be en or lt, not "${values.lang}"`);
  const lang: Lang = values.lang;
  const out = values.out
    ? resolve(values.out)
    : defaultOutPath(join(__dirname, '..', '..'), lang, values.demo);
  const data = values.demo ? demoCellRows(generateDemo(), lang) : undefined;
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, await templateXlsx(lang, data));
  console.log(`Template: ${out}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
