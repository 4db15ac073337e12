// Bundle-level: drives dist/Code.js through the emulator (`npm run build` first).
// Menu "Set up KAM workbook" (issue 3): creates what is missing, never touches what a user wrote.
import { type Emulator, ProtectionType } from '../../../dev/emulator';
import { createKamEmulator } from '../../../dev/kam-emulator';
import { type Lang, SHEETS, sheetDef } from '../../../src/template';

function setUp(emu: Emulator): void {
  emu.run('setUpKamWorkbook');
}

function spreadsheetState(emu: Emulator): unknown {
  const state = JSON.parse(emu.snapshot()) as { spreadsheets: unknown };
  return state.spreadsheets;
}

function sheetValues(emu: Emulator, name: string): unknown[][] {
  return emu.spreadsheet.getSheetByName(name)!.getDataRange().getValues();
}

describe('set-up', () => {
  it.each<[Lang, string]>([
    ['en', 'en_US'],
    ['lt', 'lt_LT'],
  ])('creates every sheet with headers, notes, dropdowns and formats (%s)', (lang, locale) => {
    const emu = createKamEmulator({ locale });

    setUp(emu);

    for (const def of SHEETS) {
      const sheet = emu.spreadsheet.getSheetByName(def.name[lang]);
      expect(sheet).not.toBeNull();
      expect(sheet!.getFrozenRows()).toBe(1);
    }
    const contacts = sheetDef('contacts');
    const header = emu.spreadsheet
      .getSheetByName(contacts.name[lang])!
      .getRange(1, 1, 1, contacts.columns.length);
    expect(header.getValues()[0]).toEqual(contacts.columns.map((c) => c.header[lang]));
    expect(header.getNotes()[0]).toEqual(contacts.columns.map((c) => c.help[lang]));
    const outcome = contacts.columns.findIndex((c) => c.key === 'outcome') + 1;
    const rule = emu.spreadsheet
      .getSheetByName(contacts.name[lang])!
      .getRange(2, outcome)
      .getDataValidation();
    expect(rule?.getCriteriaValues()[0]).toEqual(
      contacts.columns[outcome - 1].choices!.map((c) => c.label[lang]),
    );
    const date = emu.spreadsheet.getSheetByName(contacts.name[lang])!.getRange(5, 1);
    expect(date.getNumberFormat()).toBe('yyyy-mm-dd');
    const revenue = emu.spreadsheet.getSheetByName(sheetDef('revenue').name[lang])!;
    const settings = `'${sheetDef('settings').name[lang]}'`;
    expect(revenue.getRange('D2').getFormula()).toBe(`=KAM_SHARE(C2:C, ${settings}!$B$5)`);
    expect(revenue.getRange('E2').getFormula()).toBe(
      `=KAM_TIER(C2:C, ${settings}!$B$5, ${settings}!$B$2, ${settings}!$B$3, ${settings}!$B$4)`,
    );
  });

  it('marks header rows as warning-only protected', () => {
    const emu = createKamEmulator();

    setUp(emu);

    const protections = emu.spreadsheet
      .getSheetByName('Contacts')!
      .getProtections(ProtectionType.RANGE as never);
    expect(protections).toHaveLength(1);
    expect(protections[0].isWarningOnly()).toBe(true);
    expect(protections[0].getRange().getRow()).toBe(1);
  });

  it('changes nothing when run a second time', () => {
    const emu = createKamEmulator();
    setUp(emu);
    const before = spreadsheetState(emu);

    setUp(emu);

    expect(spreadsheetState(emu)).toEqual(before);
    expect(emu.ui.alerts.at(-1)?.prompt).toBe(
      'Everything was already in place; nothing was changed.',
    );
  });

  it('keeps every cell of a filled workbook with shuffled, renamed-case and extra columns', () => {
    const emu = createKamEmulator();
    const contacts = [
      ['OUTCOME', 'my own column', 'account id', 'Date', 'summary'],
      ['Positive', 'note 1', 'KA-001', new Date('2026-11-20T00:00:00+02:00'), 'Lunch with the CFO'],
      [
        'negative',
        'note 2',
        'KA-002',
        new Date('2026-11-21T00:00:00+02:00'),
        '=IMPORTXML("http://x","//a")',
      ],
    ];
    emu.setSheetData('Contacts', contacts);
    emu.setSheetData('Accounts', [
      ['client', 'ACCOUNT ID'],
      ['Alfa UAB', 'KA-001'],
    ]);
    const before = {
      contacts: sheetValues(emu, 'Contacts'),
      accounts: sheetValues(emu, 'Accounts'),
    };

    setUp(emu);

    const after = {
      contacts: sheetValues(emu, 'Contacts'),
      accounts: sheetValues(emu, 'Accounts'),
    };
    for (const [name, rows] of Object.entries(before)) {
      rows.forEach((row, r) => {
        row.forEach((value, c) => {
          expect([name, r, c, after[name as keyof typeof after][r][c]]).toEqual([
            name,
            r,
            c,
            value,
          ]);
        });
      });
    }
    expect(after.contacts[0].slice(5)).toEqual([
      'Client person',
      'Our person (e-mail)',
      'Channel',
      'Personal',
      'Next step',
    ]);
    expect(emu.ui.alerts.at(-1)?.prompt).toContain('Contacts: Client person');
  });

  it('makes the same service calls for 10 and for 10,000 data rows', () => {
    const callsFor = (rows: number) => {
      const emu = createKamEmulator();
      const def = sheetDef('contacts');
      const body = Array.from({ length: rows }, (_, i) => ['KA-001', `Person ${i}`, 'Positive']);
      emu.setSheetData('Contacts', [['Account ID', 'Client person', 'Outcome'], ...body]);
      emu.calls.reset();
      setUp(emu);
      return { total: emu.calls.total(), sheets: def.name.en };
    };

    expect(callsFor(10_000).total).toBe(callsFor(10).total);
  });

  it('keeps =HYPERLINK("http://x","y") typed into a dossier field as that text', () => {
    const emu = createKamEmulator();
    setUp(emu);

    emu.edit('Dossier!B2', '=HYPERLINK("http://x","y")');

    expect(emu.inspect('Dossier!B2')).toMatchObject({
      value: '=HYPERLINK("http://x","y")',
      formula: '',
    });
  });

  it('retiers the Revenue sheet when a threshold is overridden in Settings (R1.1)', () => {
    const emu = createKamEmulator();
    setUp(emu);
    emu.setSheetData('Revenue', [
      ['Client', 'Period', 'Revenue', 'Share', 'Tier'],
      [
        'Alfa',
        '2026',
        60,
        `=KAM_SHARE(C2:C)`,
        `=KAM_TIER(C2:C, , 'Settings'!$B$2, 'Settings'!$B$3, 'Settings'!$B$4)`,
      ],
      ['Beta', '2026', 934],
      ['Gama', '2026', 6],
    ]);
    expect(emu.inspect('Revenue!E2').value).toBe('Regular');

    emu.edit('Settings!B2', '5%');

    expect(emu.inspect('Revenue!E2').value).toBe('Key');
    expect(emu.inspect('Revenue!E4').value).toBe('Regular');
  });
});
