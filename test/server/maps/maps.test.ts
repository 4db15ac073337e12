// The relationship map, the whitespace map and the brief from the server's side (issue 14):
// opened from the sidebar in one call, their data in one call, "Reports to" kept a hierarchy
// (R3.3), the whitespace saved from the sidebar (R4.1), a clicked person opened in the sidebar.
import type { Emulator } from '../../../dev/emulator';
import type { MapResult, OpenResult } from '../../../src/dossier/map-types';
import type { Result, SaveResult } from '../../../src/dossier/types';
import { accountRows, demoWorkbook } from '../../helpers/demo-workbook';

/** An account's rows of a sheet, by header. */
function rowsOf(emu: Emulator, sheet: string, account: string): Record<string, unknown>[] {
  const values = emu.spreadsheet.getSheetByName(sheet)!.getDataRange().getValues();
  const header = values[0].map(String);
  return values
    .slice(1)
    .filter((row) => row[header.indexOf('Account ID')] === account)
    .map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]])));
}

function mapOf(emu: Emulator, accountId: string): Extract<MapResult, { ok: true }> {
  const opened = emu.scriptRun('kamOpenMap', { accountId, view: 'people' }) as OpenResult;
  expect(opened).toEqual({ ok: true });
  const result = emu.scriptRun('kamMapData') as MapResult;
  if (!result.ok) throw new Error(result.message);
  return result;
}

function itemsOf(emu: Emulator, accountId: string) {
  const result = emu.scriptRun('kamLoadDossier', accountId) as Result;
  if (!result.ok) throw new Error(result.message);
  return result.state.account!;
}

describe('the map dialog', () => {
  it('opens as a modal dialog of the documented size and loads its account in one call', () => {
    const emu = demoWorkbook();

    const map = mapOf(emu, 'KA-002');

    const shown = emu.ui.shown.at(-1)!;
    expect([shown.kind, shown.title, shown.width, shown.height]).toEqual([
      'modal',
      'Relationship map',
      1200,
      760,
    ]);
    expect(map.map.account.id).toBe('KA-002');
    expect(map.map.people.map((p) => p.name).sort()).toEqual(
      rowsOf(emu, 'Decision group', 'KA-002')
        .map((r) => String(r.Person))
        .sort(),
    );
  });

  it('draws a person named on two rows as one node with both roles', () => {
    const emu = demoWorkbook();
    const first = rowsOf(emu, 'Decision group', 'KA-003')[0];
    const sheet = emu.spreadsheet.getSheetByName('Decision group')!;
    sheet.appendRow(['KA-003', first.Person, '', '', 'Advisor']);

    const { map } = mapOf(emu, 'KA-003');

    const node = map.people.filter((p) => p.name === first.Person);
    expect(node).toHaveLength(1);
    expect(node[0].roles).toContain('advisor');
  });

  it('refuses an account the user may not open (R3.5)', () => {
    const emu = demoWorkbook();
    emu.user = 'outsider@example.com';

    const opened = emu.scriptRun('kamOpenMap', {
      accountId: 'KA-001',
      view: 'people',
    }) as OpenResult;

    expect(opened.ok).toBe(false);
    expect(emu.ui.shown).toHaveLength(0);
  });

  it('selects a clicked person’s row and opens them in the sidebar', () => {
    const emu = demoWorkbook();
    const { map } = mapOf(emu, 'KA-004');
    const person = map.people[1];

    emu.scriptRun('kamOpenPerson', { accountId: 'KA-004', key: person.rowKey });
    const loaded = emu.scriptRun('kamLoadDossier', null) as Result;

    const selected = emu.spreadsheet.getActiveRange()!;
    expect(selected.getSheet().getName()).toBe('Decision group');
    expect(selected.getValues()[0][1]).toBe(person.name);
    expect(emu.ui.shown.at(-1)!.kind).toBe('sidebar');
    expect(loaded.ok && loaded.state.account?.id).toBe('KA-004');
    expect(loaded.ok && loaded.state.focus).toEqual({
      section: 'decisionGroup',
      key: person.rowKey,
    });
  });

  it('opens a single selected cell of the Decision group on its account only, as before', () => {
    const emu = demoWorkbook();
    emu.spreadsheet.getSheetByName('Decision group')!.getRange('C4').activate();

    const loaded = emu.scriptRun('kamLoadDossier', null) as Result;

    expect(loaded.ok && loaded.state.account).not.toBeNull();
    expect(loaded.ok && loaded.state.focus).toBeNull();
  });
});

describe('Reports to (R3.3)', () => {
  it('refuses a save that would make a loop, and writes nothing', () => {
    const emu = demoWorkbook();
    const account = itemsOf(emu, 'KA-002');
    const boss = account.people.find((p) => p.values.reportsTo === null)!;
    const report = account.people.find((p) => p.values.reportsTo === boss.values.person)!;
    const before = rowsOf(emu, 'Decision group', 'KA-002');

    const result = emu.scriptRun('kamSaveRow', {
      accountId: 'KA-002',
      sheet: 'decisionGroup',
      key: boss.key,
      values: { reportsTo: report.values.person },
    }) as SaveResult;

    expect(result.ok).toBe(false);
    expect(!result.ok && result.code).toBe('REPORTS_TO_CYCLE');
    expect(!result.ok && result.message).toContain(String(boss.values.person));
    expect(rowsOf(emu, 'Decision group', 'KA-002')).toEqual(before);
  });

  it('refuses a manager who is not a person of the same account', () => {
    const emu = demoWorkbook();
    const person = itemsOf(emu, 'KA-002').people[0];
    const elsewhere = String(rowsOf(emu, 'Decision group', 'KA-003')[0].Person);

    const result = emu.scriptRun('kamSaveRow', {
      accountId: 'KA-002',
      sheet: 'decisionGroup',
      key: person.key,
      values: { reportsTo: elsewhere },
    }) as SaveResult;

    expect(!result.ok && result.code).toBe('NOT_A_PERSON');
  });

  it('flags a loop typed into the sheet on the account’s row, and the map reports it', () => {
    const emu = demoWorkbook();
    const values = emu.spreadsheet.getSheetByName('Decision group')!.getDataRange().getValues();
    const header = values[0].map(String);
    const rows = values.flatMap((r, i) => (r[0] === 'KA-005' ? [i + 1] : []));
    const [a, b] = rows.map((row) => String(values[row - 1][header.indexOf('Person')]));
    const col = String.fromCharCode(65 + header.indexOf('Reports to'));

    emu.edit(`Decision group!${col}${rows[0]}`, b);
    emu.edit(`Decision group!${col}${rows[1]}`, a);

    const flags = String(accountRows(emu).get('KA-005')!.values.Flags);
    expect(flags).toContain('Reports-to loop');
    expect(mapOf(emu, 'KA-005').map.cycles).toHaveLength(1);
  });
});

describe('the whitespace from the sidebar (R4.1)', () => {
  it('adds a row for an offering of the Settings list, and refuses one that is not ours', () => {
    const emu = demoWorkbook();
    const row = (offering: string) =>
      emu.scriptRun('kamSaveRow', {
        accountId: 'KA-001',
        sheet: 'whitespace',
        key: null,
        values: {
          division: 'Research',
          offering,
          status: 'opportunity',
          competitor: null,
          nextStep: 'Meet the head of research',
          value: 25_000,
        },
      }) as SaveResult;

    const added = row('Training');
    const refused = row('Spaceships');

    expect(added.ok && added.patch.whitespace?.some((w) => w.values.division === 'Research')).toBe(
      true,
    );
    expect(!refused.ok && refused.code).toBe('NOT_A_CHOICE');
    const research = rowsOf(emu, 'Whitespace', 'KA-001').filter((r) => r.Division === 'Research');
    expect(research).toHaveLength(1);
    expect(mapOf(emu, 'KA-001').map.divisions.map((d) => d.name)).toContain('Research');
  });
});
