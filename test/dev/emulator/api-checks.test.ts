// Tests: Range, Sheet, Spreadsheet, Protection and DataValidation methods the add-on relies on
// (block formats and notes, widths, sheet ids, clearing, toasts, protections, validation rules).
import { bundle, emulate } from './helpers';

describe('methods the add-on relies on', () => {
  it('sets and reads block formats and notes', () => {
    const emu = emulate(
      bundle(`
        const r = SpreadsheetApp.getActiveSheet().getRange('A1:B1');
        r.setFontWeights([['bold', null]]).setNumberFormats([['0.00', '@']])
          .setBackgrounds([['#ff0000', null]]).setNotes([['n1', '']]);
        return [r.getFontWeights(), r.getNumberFormats(), r.getBackgrounds(), r.getNotes(), r.getNumColumns()];
      `),
    );

    expect(emu.run('main')).toEqual([
      [['bold', 'normal']],
      [['0.00', '@']],
      [['#ff0000', '#ffffff']],
      [['n1', '']],
      2,
    ]);
  });

  it('handles sheet widths, ids, frozen rows, clear, insertSheet at an index and toasts', () => {
    const emu = emulate(
      bundle(`
        const ss = SpreadsheetApp.getActive();
        const s = ss.insertSheet('First', 0);
        s.setColumnWidths(2, 3, 150).setFrozenRows(1);
        s.appendRow(['x', 1]);
        s.getRange('A1').setBackground('#00ff00');
        const before = s.getLastRow();
        s.clear();
        ss.toast('Done', 'KAM', 3);
        return [ss.getSheets().map((x) => x.getName()), typeof s.getSheetId(), s.getColumnWidth(4),
          s.getColumnWidth(5), s.getFrozenRows(), before, s.getLastRow(), s.getRange('A1').getBackground()];
      `),
    );

    expect(emu.run('main')).toEqual([['First', 'Sheet1'], 'number', 150, 100, 1, 1, 0, '#ffffff']);
    expect(emu.ui.toasts).toEqual([{ message: 'Done', title: 'KAM', timeoutSeconds: 3 }]);
  });

  it('lists protections by type and moves a protected range', () => {
    const emu = emulate(
      bundle(`
        const s = SpreadsheetApp.getActiveSheet();
        const p = s.getRange('A1:B2').protect().setDescription('header').setWarningOnly(true);
        p.setRange(s.getRange('A1:I1'));
        const [q] = s.getProtections(SpreadsheetApp.ProtectionType.RANGE);
        return [q.getDescription(), q.isWarningOnly(), q.getRange().getA1Notation(),
          s.getProtections(SpreadsheetApp.ProtectionType.SHEET).length];
      `),
    );

    expect(emu.run('main')).toEqual(['header', true, 'A1:I1', 0]);
  });

  it('builds the validation rules the add-on uses and reads them back', () => {
    const emu = emulate(
      bundle(`
        const s = SpreadsheetApp.getActiveSheet();
        const rule = () => SpreadsheetApp.newDataValidation();
        s.getRange('A1').setDataValidation(rule().requireNumberGreaterThanOrEqualTo(0).build());
        s.getRange('B1').setDataValidation(rule().requireTextIsEmail().build());
        s.getRange('C1').setDataValidation(rule().requireDate().build());
        s.getRange('D1').setDataValidation(rule().requireValueInList(['a', 'b']).build());
        const all = s.getRange('A1:E1').getDataValidations()[0];
        return [all.map((v) => v && String(v.getCriteriaType())),
          s.getRange('D1').getDataValidation().getCriteriaValues()[0]];
      `),
    );

    expect(emu.run('main')).toEqual([
      [
        'NUMBER_GREATER_THAN_OR_EQUAL_TO',
        'TEXT_IS_VALID_EMAIL',
        'DATE_IS_VALID_DATE',
        'VALUE_IN_LIST',
        null,
      ],
      ['a', 'b'],
    ]);
  });
});
