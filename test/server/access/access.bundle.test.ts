// Bundle-level: drives dist/Code.js through the emulator (`npm run build` first).
// R3.5 access (issue 7): Check access, Protect dossiers, Split by manager and Team overview,
// driven through dist/Code.js with the manifest's own scopes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_MANAGERS, DEMO_SUPERVISOR } from '../../../dev/demo/scenarios';
import type { Emulator } from '../../../dev/emulator';
import { demoWorkbook } from '../../helpers/demo-workbook';

const OWNER = 'manager@example.com';
const MANAGERS = DEMO_MANAGERS.map((m) => m.email);
const SUPERVISOR = DEMO_SUPERVISOR.email;
const manifest = JSON.parse(
  readFileSync(join(__dirname, '..', '..', '..', 'appsscript.json'), 'utf8'),
);

/** The demo workbook shared as R3.5 wants, under the scopes appsscript.json asks for. */
function sharedDemo(): Emulator {
  const emu = demoWorkbook();
  emu.setScopes(manifest.oauthScopes);
  emu.spreadsheet.addEditors([...MANAGERS, SUPERVISOR]);
  emu.openAddon();
  return emu;
}

const lastAlert = (emu: Emulator) => emu.ui.alerts[emu.ui.alerts.length - 1];

/** Every data row of a sheet by header, blank rows dropped. */
function rowsOf(emu: Emulator, id: string, sheet: string): Record<string, unknown>[] {
  const values = emu.spreadsheetById(id).getSheetByName(sheet)!.getDataRange().getValues();
  return values
    .slice(1)
    .filter((r) => r.some((c) => c !== ''))
    .map((r) => Object.fromEntries(values[0].map((h, i) => [String(h), r[i]])));
}

const ACCOUNT_SHEETS = [
  'Accounts',
  'Dossier',
  'Decision group',
  'Competitors',
  'Contacts',
  'Reviews',
  'Plan',
  'Whitespace',
];

describe('Check access (R3.5)', () => {
  it('flags a workbook shared with an outsider, in a dialog and on the Log sheet', () => {
    const emu = sharedDemo();
    emu.spreadsheet.addViewer('outsider@rival.com');

    emu.clickMenu('Check access');

    const alert = lastAlert(emu);
    expect(alert.title).toBe('Who can open this file');
    expect(alert.prompt).toContain('outsider@rival.com can open this file as a viewer');
    const log = rowsOf(emu, emu.spreadsheet.getId(), 'KAM log');
    expect(log[log.length - 1]).toMatchObject({ 'Run by': 'Access check', Result: 'Failed' });
    expect(String(log[log.length - 1].Message)).toContain('outsider@rival.com');
  });

  it('flags managers who can read each other’s dossiers in one shared workbook, and says link sharing was not checked', () => {
    const emu = sharedDemo();

    emu.clickMenu('Check access');

    const { prompt } = lastAlert(emu);
    expect(prompt).toContain('laura.stone@example.com can read the dossiers of 6 accounts');
    expect(prompt).toContain('Split by manager gives each manager a workbook of their own.');
    expect(prompt).toContain('Link sharing was not checked');
    expect(prompt).not.toContain('can open this file as');
  });

  it('flags an editor who comes through a Google Group', () => {
    const emu = sharedDemo();
    emu.addGroup('sales@example.com', [SUPERVISOR, 'intern@example.com']);
    emu.spreadsheet.addEditor('sales@example.com');

    emu.clickMenu('Check access');

    expect(lastAlert(emu).prompt).toContain('sales@example.com can open this file as an editor');
  });
});

describe('Protect dossiers (R3.5)', () => {
  const dossierSheets = [
    'Accounts',
    'Dossier',
    'Decision group',
    'Contacts',
    'Whitespace',
    'Change history',
  ];

  function editorsOf(emu: Emulator, sheet: string): string[] {
    const protections = emu.spreadsheet
      .getSheetByName(sheet)!
      .getProtections('SHEET' as unknown as GoogleAppsScript.Spreadsheet.ProtectionType);
    expect(protections).toHaveLength(1);
    return protections[0]
      .getEditors()
      .map((u) => u.getEmail())
      .sort();
  }

  it('leaves only the named managers and supervisor, the owner and the runner as editors', () => {
    const emu = sharedDemo();
    const runner = 'assistant@example.com';
    emu.addGroup('sales@example.com', [runner, 'intern@example.com']);
    emu.spreadsheet.addEditors(['sales@example.com', 'outsider@rival.com']);

    emu.clickMenu('Protect dossiers', { user: runner });

    const expected = [OWNER, ...MANAGERS, SUPERVISOR, runner].sort();
    for (const sheet of dossierSheets) expect(editorsOf(emu, sheet)).toEqual(expected);
    expect(lastAlert(emu).prompt).toContain(`You (${runner}) stay an editor`);
  });

  it('keeps the runner able to edit, and the intern of the group locked out', () => {
    const emu = sharedDemo();
    emu.addGroup('sales@example.com', ['assistant@example.com', 'intern@example.com']);
    emu.spreadsheet.addEditor('sales@example.com');
    emu.clickMenu('Protect dossiers', { user: 'assistant@example.com' });

    emu.edit('Dossier!B2', 'Written by the assistant', { user: 'assistant@example.com' });

    expect(emu.range('Dossier!B2').getValue()).toBe('Written by the assistant');
    expect(() => emu.edit('Dossier!B3', 'x', { user: 'intern@example.com' })).toThrow(
      /protected cell/,
    );
  });

  it('changes nothing when run again', () => {
    const emu = sharedDemo();
    emu.clickMenu('Protect dossiers');
    const first = dossierSheets.map((s) => editorsOf(emu, s));

    emu.clickMenu('Protect dossiers');

    expect(dossierSheets.map((s) => editorsOf(emu, s))).toEqual(first);
  });
});

describe('Split by manager (R3.5)', () => {
  const emu = sharedDemo();
  const sourceId = emu.spreadsheet.getId();
  emu.clickMenu('Split by manager');
  const portfolio = rowsOf(emu, sourceId, 'Portfolio');
  const ids = portfolio.map((r) => String(r.Link).match(/\/d\/([\w-]+)/)![1]);

  it('makes one workbook per manager, listed with a link in Portfolio', () => {
    expect(portfolio.map((r) => r.Manager).sort()).toEqual([...MANAGERS].sort());
    // Created through the Drive API, so that drive.file reaches them (Check access below).
    expect(emu.calls.count('Drive.Files.create')).toBe(MANAGERS.length);
    for (const row of portfolio) expect(row.Supervisor).toBe(SUPERVISOR);
  });

  it('shares each workbook with its manager and their supervisor only', () => {
    for (const [i, id] of ids.entries()) {
      const st = emu.spreadsheetById(id)._st;
      expect(st.owner).toBe(OWNER);
      expect([...st.editors].sort()).toEqual([portfolio[i].Manager, SUPERVISOR].sort());
      expect(st.viewers).toEqual([]);
    }
  });

  it('puts only the manager’s accounts in every sheet, no row lost or duplicated', () => {
    for (const sheet of ACCOUNT_SHEETS) {
      const source = rowsOf(emu, sourceId, sheet);
      const split = ids.flatMap((id) => rowsOf(emu, id, sheet));

      expect(split).toHaveLength(source.length);
      expect(split.map((r) => JSON.stringify(r)).sort()).toEqual(
        source.map((r) => JSON.stringify(r)).sort(),
      );
    }
    for (const [i, id] of ids.entries()) {
      for (const account of rowsOf(emu, id, 'Accounts'))
        expect(account['Manager (e-mail)']).toBe(portfolio[i].Manager);
    }
  });

  it('names only the manager’s own clients in Revenue and keeps the company’s total in Settings', () => {
    const total = (rows: Record<string, unknown>[]) =>
      rows.reduce((sum, r) => sum + (typeof r.Revenue === 'number' ? r.Revenue : 0), 0);
    const sourceTotal = total(rowsOf(emu, sourceId, 'Revenue'));
    for (const id of ids) {
      const revenue = rowsOf(emu, id, 'Revenue');
      const clients = new Set(rowsOf(emu, id, 'Accounts').map((a) => a.Client));
      const settings = rowsOf(emu, id, 'Settings');

      for (const row of revenue) expect(clients.has(row.Client)).toBe(true);
      expect(settings.find((r) => r.Setting === 'Company revenue total')?.Value).toBeCloseTo(
        sourceTotal,
        2,
      );
    }
  });

  it('deletes nothing from the source and does not split a listed manager again', () => {
    const before = rowsOf(emu, sourceId, 'Accounts').length;

    emu.clickMenu('Split by manager');

    expect(rowsOf(emu, sourceId, 'Accounts')).toHaveLength(before);
    expect(rowsOf(emu, sourceId, 'Portfolio')).toHaveLength(MANAGERS.length);
    expect(lastAlert(emu).prompt).toContain('Already listed in Portfolio');
  });
});

describe('Check access on a workbook KAM created', () => {
  it('flags link sharing, which drive.file lets KAM read there', () => {
    const emu = sharedDemo();
    emu.clickMenu('Split by manager');
    const link = String(rowsOf(emu, emu.spreadsheet.getId(), 'Portfolio')[0].Link);
    const id = link.match(/\/d\/([\w-]+)/)![1];
    emu.setLinkSharing('ANYONE_WITH_LINK', 'VIEW', id);
    emu.env.state.activeSpreadsheetId = id;

    emu.run('checkAccessFromMenu');

    const { prompt } = lastAlert(emu);
    expect(prompt).toContain('Anyone with the link can open this file');
    expect(prompt).not.toContain('Link sharing was not checked');
  });
});

describe('Team overview (R4.3)', () => {
  it('shows every account of every split workbook and names an unreadable one', () => {
    const emu = sharedDemo();
    emu.clickMenu('Split by manager');
    const foreign = emu.addSpreadsheet('Someone else’s KAM', 'stranger@rival.com');
    const portfolio = emu.spreadsheet.getSheetByName('Portfolio')!;
    portfolio
      .getRange(portfolio.getLastRow() + 1, 1, 1, 4)
      .setValues([
        [
          'x@example.com',
          '',
          'Lost workbook',
          `https://docs.google.com/spreadsheets/d/${foreign}/edit`,
        ],
      ]);

    emu.clickMenu('Team overview');

    const lines = emu.spreadsheet.getSheetByName('KAM team overview')!.getDataRange().getValues();
    const accounts = rowsOf(emu, emu.spreadsheet.getId(), 'Accounts').map((a) => a['Account ID']);
    const listed = lines.filter((l) => /^KA-\d+$/.test(String(l[2]))).map((l) => l[2]);
    expect(listed.sort()).toEqual([...accounts].sort());
    const header = lines.findIndex((l) => l[0] === 'Workbooks that could not be read');
    expect(lines[header + 2][0]).toBe('Lost workbook');
    expect(String(lines[header + 2][1])).toMatch(/permission/);
    const cards = lines.findIndex((l) => String(l[0]).startsWith('Manager scorecard'));
    expect(
      lines
        .slice(cards + 2, cards + 5)
        .map((l) => l[0])
        .sort(),
    ).toEqual([...MANAGERS].sort());
  });
});
