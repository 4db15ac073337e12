// Bundle-level: drives dist/Code.js through the emulator (`npm run build` first).
// onEdit (issue 4): a user's edit re-highlights the accounts it changes, and only those.
import type { Emulator } from '../../../dev/emulator';
import { type AccountRow, accountRows, demoWorkbook } from '../../helpers/demo-workbook';

function checkedDemo(): Emulator {
  const emu = demoWorkbook();
  emu.run('runChecksNow');
  return emu;
}

function changedAccounts(
  before: Map<string, AccountRow>,
  after: Map<string, AccountRow>,
): string[] {
  return [...after.keys()].filter(
    (id) => JSON.stringify(before.get(id)) !== JSON.stringify(after.get(id)),
  );
}

function nextContactRow(emu: Emulator): number {
  return emu.spreadsheet.getSheetByName('Contacts')!.getLastRow() + 1;
}

describe('onEdit', () => {
  it('clears the contact gap of one account when a positive contact is typed in one row', () => {
    const emu = checkedDemo();
    const before = accountRows(emu);
    const row = nextContactRow(emu);

    emu.edit(`Contacts!A${row}:G${row}`, [
      [
        '2026-11-26',
        'KA-004',
        'Rūta Petrauskienė',
        'ieva.jankauskiene@example.com',
        'Phone',
        'Yes',
        'Positive',
      ],
    ]);

    const after = accountRows(emu);
    expect(changedAccounts(before, after)).toEqual(['KA-004']);
    expect(after.get('KA-004')?.values['Contact status']).toBe('OK');
    expect(after.get('KA-004')?.backgrounds['Contact status']).toBe('#ffffff');
  });

  it('re-highlights only the accounts of a pasted block of 50 rows', () => {
    const emu = checkedDemo();
    const before = accountRows(emu);
    const row = nextContactRow(emu);
    const block = Array.from({ length: 50 }, (_, i) => [
      `2026-11-${String(1 + (i % 25)).padStart(2, '0')}`,
      i % 2 === 0 ? 'KA-004' : 'KA-003',
      'Visitor',
      'ieva.jankauskiene@example.com',
      'E-mail',
      'No',
      'Neutral',
    ]);
    block[49] = [
      '2026-11-25',
      'KA-004',
      'Visitor',
      'ieva.jankauskiene@example.com',
      'Phone',
      'Yes',
      'Positive',
    ];

    emu.edit(`Contacts!A${row}:G${row + 49}`, block);

    expect(changedAccounts(before, accountRows(emu))).toEqual(['KA-004']);
  });

  it('notices a cleared row and puts its account back as it was', () => {
    const emu = checkedDemo();
    const before = accountRows(emu);
    const row = nextContactRow(emu);
    emu.edit(`Contacts!A${row}:G${row}`, [
      ['2026-11-26', 'KA-004', 'Rūta', 'ieva.jankauskiene@example.com', 'Phone', 'Yes', 'Positive'],
    ]);

    emu.edit(`Contacts!A${row}:G${row}`, [['', '', '', '', '', '', '']]);

    expect(changedAccounts(before, accountRows(emu))).toEqual([]);
  });

  it('ignores edits of sheets the checks do not read', () => {
    const emu = checkedDemo();
    emu.calls.reset();

    emu.edit('Dossier!B2', 'A new description');

    expect(emu.calls.count('Range.getValues')).toBe(0);
  });

  it('re-highlights both accounts when a pasted row replaces another account’s contact', () => {
    const emu = checkedDemo();
    const before = accountRows(emu);
    const row = breachRow(emu);

    emu.edit(`Contacts!A${row}:G${row}`, [
      ['2026-11-26', 'KA-004', 'Rūta', 'ieva.jankauskiene@example.com', 'Phone', 'Yes', 'Positive'],
    ]);

    const after = accountRows(emu);
    expect(changedAccounts(before, after)).toEqual(['KA-004', 'KA-005']);
    expect(after.get('KA-005')?.values['Contact status']).toBe('Pausing');
  });

  it('re-highlights the account a retyped account id moved the contact away from', () => {
    const emu = checkedDemo();
    const before = accountRows(emu);

    emu.edit(`Contacts!B${breachRow(emu)}`, 'KA-004');

    const after = accountRows(emu);
    expect(changedAccounts(before, after)).toEqual(['KA-005']);
    expect(after.get('KA-005')?.values['Contact status']).toBe('Pausing');
  });
});

/** The row of KA-005's personal contact inside its pause (the demo's broken pause, R5.2). */
function breachRow(emu: Emulator): number {
  const values = emu.spreadsheet.getSheetByName('Contacts')!.getDataRange().getValues();
  const index = values.findIndex(
    (row) =>
      row[1] === 'KA-005' &&
      row[5] === 'Yes' &&
      row[0] instanceof Date &&
      row[0].toISOString() === '2026-11-20T22:00:00.000Z',
  );
  expect(index).toBeGreaterThan(0);
  return index + 1;
}
