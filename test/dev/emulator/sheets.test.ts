// Tests: Spreadsheet and Sheet structure, formats, data validation and protection.
import { bundle, emulate } from './helpers';

describe('Spreadsheet and Sheet', () => {
  describe('sheets', () => {
    it('inserts a sheet after the active one and makes it active', () => {
      const emu = emulate(
        bundle(`
        const ss = SpreadsheetApp.getActive();
        ss.insertSheet('B'); ss.setActiveSheet(ss.getSheets()[0]); ss.insertSheet('C');
        return [ss.getSheets().map((s) => s.getName()), ss.getActiveSheet().getName()];
      `),
      );

      expect(emu.run('main')).toEqual([['Sheet1', 'C', 'B'], 'C']);
    });

    it('refuses a duplicate sheet name in Google’s words', () => {
      const emu = emulate(bundle('SpreadsheetApp.getActive().insertSheet("sheet1");'));

      expect(() => emu.run('main')).toThrow(
        'A sheet with the name "sheet1" already exists. Please enter another name.',
      );
    });

    it('reports the last row and column with content', () => {
      const emu = emulate('');
      emu.setSheetData('Data', [['a', 'b'], [1], [], ['', '', 'x']]);
      const sheet = emu.spreadsheet.getSheetByName('Data')!;

      expect([sheet.getLastRow(), sheet.getLastColumn(), sheet.getMaxRows()]).toEqual([4, 3, 1000]);
      expect(sheet.getDataRange().getA1Notation()).toBe('A1:C4');
    });

    it('appends rows after the last row with content', () => {
      const emu = emulate(
        bundle(
          'const s = SpreadsheetApp.getActiveSheet(); s.appendRow(["a", 1]); s.appendRow(["b", 2]); return s.getDataRange().getValues();',
        ),
      );

      expect(emu.run('main')).toEqual([
        ['a', 1],
        ['b', 2],
      ]);
    });

    it('refuses a range outside the sheet', () => {
      const emu = emulate(bundle('SpreadsheetApp.getActiveSheet().getRange(1001, 1);'));

      expect(() => emu.run('main')).toThrow(
        'The coordinates of the range are outside the dimensions of the sheet.',
      );
    });

    it('deletes rows and shifts every layer up', () => {
      const emu = emulate(
        bundle(
          'const s = SpreadsheetApp.getActiveSheet(); s.deleteRow(2); return [s.getRange("A1:A2").getValues(), s.getRange("A2").getNote()];',
        ),
      );
      emu.setSheetData('Sheet1', [['a'], ['b'], ['c']]);
      emu.range('A3').setNote('note of c');

      expect(emu.run('main')).toEqual([[['a'], ['c']], 'note of c']);
    });

    it('refuses to move cells a formula uses, since it does not rewrite references', () => {
      const emu = emulate(bundle('SpreadsheetApp.getActiveSheet().insertRowBefore(1);'));
      emu.setSheetData('Sheet1', [[1], ['=SUM(A1:A1)']]);

      expect(() => emu.run('main')).toThrow('is not emulated');
    });
  });

  describe('formats', () => {
    it('keeps backgrounds, notes, fonts, frozen rows and widths', () => {
      const emu = emulate(
        bundle(`
        const s = SpreadsheetApp.getActiveSheet();
        const r = s.getRange('A1:B1');
        r.setBackgrounds([['red', '#ABC']]).setNote('help').setFontWeight('bold').setFontColor('blue');
        s.setFrozenRows(1); s.setColumnWidth(2, 240);
        return [r.getBackgrounds(), r.getNotes(), r.getFontWeights(), r.getFontColors(), s.getFrozenRows(), s.getColumnWidth(2), s.getColumnWidth(3)];
      `),
      );

      expect(emu.run('main')).toEqual([
        [['#ff0000', '#aabbcc']],
        [['help', 'help']],
        [['bold', 'bold']],
        [['#0000ff', '#0000ff']],
        1,
        240,
        100,
      ]);
    });

    it('reports General for unformatted cells', () => {
      const emu = emulate('');

      expect(emu.range('A1').getNumberFormat()).toBe('General');
    });
  });

  describe('data validation', () => {
    it('builds rules and reads them back with Google’s getters', () => {
      const emu = emulate(
        bundle(`
        const s = SpreadsheetApp.getActiveSheet();
        const rule = SpreadsheetApp.newDataValidation().requireValueInList(['Key', 'Regular'], true).setAllowInvalid(false).setHelpText('Pick a tier').build();
        s.getRange('A1:A2').setDataValidation(rule);
        const got = s.getRange('A2').getDataValidation();
        return [String(got.getCriteriaType()), got.getCriteriaValues(), got.getAllowInvalid(), got.getHelpText(),
          got.getCriteriaType() === SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST, s.getRange('B1').getDataValidation()];
      `),
      );

      expect(emu.run('main')).toEqual([
        'VALUE_IN_LIST',
        [['Key', 'Regular'], true],
        false,
        'Pick a tier',
        true,
        null,
      ]);
    });

    it('returns the range of a VALUE_IN_RANGE rule and dates of a date rule', () => {
      const emu = emulate(
        bundle(`
        const s = SpreadsheetApp.getActiveSheet();
        s.getRange('A1').setDataValidation(SpreadsheetApp.newDataValidation().requireValueInRange(s.getRange('C1:C3')).build());
        s.getRange('A2').setDataValidation(SpreadsheetApp.newDataValidation().requireDateOnOrAfter(new Date(2026, 0, 1)).build());
        const [range, dropdown] = s.getRange('A1').getDataValidation().getCriteriaValues();
        const [date] = s.getRange('A2').getDataValidation().getCriteriaValues();
        return [range.getA1Notation(), dropdown, date instanceof Date];
      `),
      );

      expect(emu.run('main')).toEqual(['C1:C3', true, true]);
    });

    it('lets scripts write invalid values but rejects a user’s invalid edit', () => {
      const emu = emulate(
        bundle(`
        const r = SpreadsheetApp.getActiveSheet().getRange('A1');
        r.setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['Key']).setAllowInvalid(false).build());
        r.setValue('Other');
        return r.getValue();
      `),
      );

      expect(emu.run('main')).toBe('Other');
      expect(() => emu.edit('A1', 'Nope')).toThrow('violates the data validation rules');
      emu.edit('A1', 'Key');
      expect(emu.range('A1').getValue()).toBe('Key');
    });
  });

  describe('protection', () => {
    const PROTECT = `
      function protectHeader() {
        const p = SpreadsheetApp.getActiveSheet().getRange('A1:C1').protect().setDescription('Header');
        p.removeEditors(p.getEditors());
        return p.getEditors().map((u) => u.getEmail());
      }
      function writeHeader() { SpreadsheetApp.getActiveSheet().getRange('B1').setValue('x'); }
      function domainEdit() { SpreadsheetApp.getActiveSheet().protect().setDomainEdit(false); }
      function list() { return SpreadsheetApp.getActive().getProtections(SpreadsheetApp.ProtectionType.RANGE).map((p) => p.getDescription()); }
    `;

    it('never removes the owner or the current user from a protection', () => {
      const emu = emulate(PROTECT, { owner: 'owner@example.com', user: 'manager@example.com' });
      emu.spreadsheet.addEditor('manager@example.com').addEditor('other@example.com');

      expect(emu.run('protectHeader')).toEqual(['owner@example.com', 'manager@example.com']);
      expect(emu.run('list')).toEqual(['Header']);
    });

    it('refuses edits by users the protection does not list', () => {
      const emu = emulate(PROTECT, { owner: 'owner@example.com', user: 'owner@example.com' });
      emu.spreadsheet.addEditor('other@example.com');
      emu.run('protectHeader');

      expect(() => emu.run('writeHeader', [], { user: 'other@example.com' })).toThrow(
        'You are trying to edit a protected cell or object.',
      );
      expect(() => emu.edit('B1', 'typed', { user: 'other@example.com' })).toThrow(
        'protected cell',
      );
      emu.run('writeHeader');
      expect(emu.range('B1').getValue()).toBe('x');
    });

    it('throws when setting domain edit on a consumer account', () => {
      const emu = emulate(PROTECT);

      expect(() => emu.run('domainEdit')).toThrow('Google Workspace domain');
    });
  });
});
