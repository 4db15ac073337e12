import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoCellRows, generateDemo } from '../../../dev/demo';
import { templateXlsx } from '../../../dev/template/write-workbook';
import { defaultOutPath } from '../../../dev/template/write-xlsx';
import { readXlsx, textAt } from './read-xlsx';

const root = join(__dirname, '..', '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'kam-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a filled template', () => {
  it('keeps a formula typed into a dossier field as text', async () => {
    const bytes = await templateXlsx('en', {
      dossier: [{ accountId: 'KA-001', description: '=HYPERLINK("http://x","y")' }],
    });

    const dossier = (await readXlsx(bytes)).find((sheet) => sheet.name === 'Dossier')!.sheet;

    expect(dossier.B2).toMatchObject({ t: 's', v: '=HYPERLINK("http://x","y")' });
    expect(dossier.B2?.f).toBeUndefined();
  });

  it('holds the demo portfolio in Lithuanian labels and real dates', async () => {
    const data = generateDemo();
    const bytes = await templateXlsx('lt', demoCellRows(data, 'lt'));

    const read = await readXlsx(bytes);
    const contacts = read.find((sheet) => sheet.name === 'Kontaktai')!.sheet;

    expect(textAt(contacts, `A${data.contacts.length + 1}`)).not.toBe('');
    expect(contacts.A2?.t).toBe('n');
    expect(contacts.A2?.w).toBe(String(data.contacts[0].date));
    expect(['Teigiamas', 'Neutralus', 'Neigiamas']).toContain(textAt(contacts, 'G2'));
    expect(['Taip', 'Ne']).toContain(textAt(contacts, 'F2'));
  });
});

describe('write-xlsx', () => {
  it('writes English to dist/kam-dossier-template.xlsx and Lithuanian to …-lt.xlsx by default', () => {
    const paths = [defaultOutPath('/r', 'en', false), defaultOutPath('/r', 'lt', false)];

    expect(paths).toEqual([
      '/r/dist/kam-dossier-template.xlsx',
      '/r/dist/kam-dossier-template-lt.xlsx',
    ]);
  });

  it('writes the Lithuanian file where --out says, from the command line', async () => {
    const out = join(dir, 'cli-lt.xlsx');

    execFileSync(
      join(root, 'node_modules', '.bin', 'tsx'),
      ['dev/template/write-xlsx.ts', '--lang', 'lt', '--out', out],
      { cwd: root },
    );

    expect((await readXlsx(readFileSync(out)))[1].name).toBe('Nustatymai');
  });

  it('opens in LibreOffice Calc, which converts it to CSV (skipped without soffice)', async () => {
    const soffice = spawnSync('sh', ['-c', 'command -v soffice'], {
      encoding: 'utf8',
    }).stdout.trim();
    if (soffice === '') {
      console.log('Skipped: soffice (LibreOffice) is not on PATH.');
      return;
    }
    const file = join(dir, 'template-lt.xlsx');
    writeFileSync(file, await templateXlsx('lt'));

    const run = spawnSync(soffice, ['--headless', '--convert-to', 'csv', '--outdir', dir, file], {
      encoding: 'utf8',
      timeout: 120_000,
    });

    expect(run.status).toBe(0);
    expect(existsSync(join(dir, 'template-lt.csv'))).toBe(true);
    expect(readFileSync(join(dir, 'template-lt.csv'), 'latin1')).toContain('KAM');
  });
});
