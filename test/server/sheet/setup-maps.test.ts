// Set-up on a workbook made before the maps (issue 14): it adds "Reports to", "Our contact", the
// Whitespace sheet and the Settings list of offerings, with their dropdowns, and changes no cell
// a user wrote.
import type { Emulator } from '../../../dev/emulator';
import { sheetDef } from '../../../src/template';
import { demoWorkbook } from '../../helpers/demo-workbook';

/** The demo workbook as it was before issue 14: no new columns, no Whitespace, no offerings. */
function workbookBeforeMaps(): Emulator {
  const emu = demoWorkbook();
  const ss = emu.spreadsheet;
  // The emulator's deleteSheet takes Google's Sheet type; its own sheet stands in for it.
  ss.deleteSheet(ss.getSheetByName('Whitespace') as never);
  const group = ss.getSheetByName('Decision group')!;
  group.deleteColumns(group.getLastColumn() - 1, 2);
  ss.getSheetByName('Settings')!.deleteColumn(4);
  ss.getSheetByName('Decision group')!.getRange('K3').setValue('my own note');
  return emu;
}

const everything = (emu: Emulator) =>
  emu.spreadsheet
    .getSheets()
    .map((s) => ({ name: s.getName(), values: s.getDataRange().getValues() }));

describe('set-up on a workbook made before the maps', () => {
  it('adds Reports to, Our contact, Whitespace and the offerings list, and keeps every cell written', () => {
    const emu = workbookBeforeMaps();
    const before = everything(emu);

    emu.run('setUpKamWorkbook');

    const after = everything(emu);
    for (const sheet of before) {
      const now = after.find((s) => s.name === sheet.name)!.values;
      sheet.values.forEach((row, r) => {
        expect(now[r].slice(0, row.length)).toEqual(row);
      });
    }
    const header = emu.spreadsheet.getSheetByName('Decision group')!.getDataRange().getValues()[0];
    expect(header.slice(-2)).toEqual(['Reports to', 'Our contact']);
    expect(emu.spreadsheet.getSheetByName('Settings')!.getRange('D1').getValue()).toBe(
      'Our offerings',
    );
    expect(
      emu.spreadsheet.getSheetByName('Whitespace')!.getRange(1, 1, 1, 7).getValues()[0],
    ).toEqual(sheetDef('whitespace').columns.map((c) => c.header.en));
    expect(String(emu.ui.alerts.at(-1)?.prompt)).toContain('Nothing you wrote was moved');
  });

  it('gives the new cells dropdowns that pick from the workbook itself, warning only', () => {
    const emu = workbookBeforeMaps();

    emu.run('setUpKamWorkbook');

    const rule = (sheet: string, a1: string) =>
      emu.spreadsheet.getSheetByName(sheet)!.getRange(a1).getDataValidation()!;
    const reportsTo = rule('Decision group', 'L2');
    const offering = rule('Whitespace', 'C2');
    const status = rule('Whitespace', 'D2');
    expect(
      (reportsTo.getCriteriaValues()[0] as { getA1Notation(): string }).getA1Notation(),
    ).toMatch(/^B2:B/);
    expect(
      (offering.getCriteriaValues()[0] as { getSheet(): { getName(): string } })
        .getSheet()
        .getName(),
    ).toBe('Settings');
    expect(reportsTo.getAllowInvalid()).toBe(true);
    expect(status.getCriteriaValues()[0]).toEqual([
      'We supply',
      'Opportunity',
      'Competitor holds',
      'Not relevant',
    ]);
  });

  it('changes nothing when run a second time', () => {
    const emu = workbookBeforeMaps();
    emu.run('setUpKamWorkbook');
    const once = everything(emu);

    emu.run('setUpKamWorkbook');

    expect(everything(emu)).toEqual(once);
    expect(String(emu.ui.alerts.at(-1)?.prompt)).toContain('nothing was changed');
  });
});
