// The playground's session in-process (issue 13, items 16–17): switching the language types it
// into Settings and keeps every edit; the owner is owner@…; the .xlsx opens with the guide and
// leaves out the new spreadsheet's empty Sheet1.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { editCell, scriptRun, switchLanguage } from '../../../dev/playground/actions';
import { Session } from '../../../dev/playground/session';
import { workbookView } from '../../../dev/playground/workbook-view';
import { workbookXlsx } from '../../../dev/playground/xlsx-export';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function session(): Session {
  const stateDir = mkdtempSync(join(tmpdir(), 'kam-session-'));
  dirs.push(stateDir);
  return Session.open({
    port: 0,
    host: '127.0.0.1',
    stateDir,
    demoToday: '2026-11-26',
    distDir: join(__dirname, '..', '..', '..', 'dist'),
  }).session;
}

const grid = (s: Session, sheet: string) =>
  JSON.stringify(s.emu.spreadsheet.getSheetByName(sheet)!.getDataRange().getValues());

async function download(s: Session): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const bytes = await workbookXlsx(s.emu, s.lang);
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

describe('playground session', () => {
  it('switches the workbook to Lithuanian and back, keeping every edit', () => {
    const s = session();
    editCell(s, 'Revenue', 42, 1, 'Naujas Klientas UAB');
    editCell(s, 'Revenue', 42, 3, '2000000');
    scriptRun(s, 'kamLogContact', [
      {
        accountId: 'KA-001',
        values: {
          date: '2026-11-25',
          ourPerson: 'owner@example.com',
          channel: 'email',
          outcome: 'neutral',
        },
        confirmPause: false,
      },
    ]);
    const before = ['Revenue', 'Contacts', 'Accounts'].map((sheet) => grid(s, sheet));

    const toLt = switchLanguage(s, 'lt');
    const inLt = {
      view: workbookView(s),
      menu: s.emu.menu().map((m) => m.caption),
      sidebar: s.emu.scriptRun('kamLoadDossier', 'KA-001') as { state: { lang: string } },
    };
    switchLanguage(s, 'en');

    expect(toLt.ok).toBe(true);
    expect(inLt.view.lang).toBe('lt');
    expect(inLt.menu).toContain('Atverti kliento dokumentaciją');
    expect(inLt.sidebar.state.lang).toBe('lt');
    expect(s.emu.menu().map((m) => m.caption)).toContain('Open dossier');
    expect(['Revenue', 'Contacts', 'Accounts'].map((sheet) => grid(s, sheet))).toEqual(before);
    expect(grid(s, 'Revenue')).toContain('Naujas Klientas UAB');
  });

  it('names the owner owner@example.com and offers the managers and their supervisor', () => {
    const view = workbookView(session());

    expect(view.user).toBe('owner@example.com');
    expect(view.users).toEqual([
      'owner@example.com',
      'ieva.jankauskiene@example.com',
      'mantas.vaitkus@example.com',
      'laura.stone@example.com',
      'ruta.zemaitiene@example.com',
    ]);
  });

  it('downloads the workbook with "How to fill it" first, styled, and no empty Sheet1', async () => {
    const s = session();
    switchLanguage(s, 'lt');

    const workbook = await download(s);

    const names = workbook.worksheets.map((w) => w.name);
    expect(names[0]).toBe('Kaip pildyti');
    expect(names).not.toContain('Sheet1');
    expect(names).toEqual(
      expect.arrayContaining(['Settings', 'Revenue', 'Accounts', 'KAM dashboard']),
    );
    const title = workbook.worksheets[0].getCell('A1');
    expect(String(title.value)).toContain('KAM: pagrindinio kliento dokumentacijos šablonas');
    expect(title.font).toMatchObject({ bold: true, size: 16 });
    expect(workbook.worksheets[0].getCell('A5').alignment).toMatchObject({ wrapText: true });
  });
});
