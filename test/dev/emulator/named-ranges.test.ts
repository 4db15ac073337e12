// Tests: named ranges (naming rules, open-ended whole columns, moving with structural edits,
// snapshots) and whole-column / whole-row A1 notation.
import { bundle, emulate } from './helpers';

const NAMES = `
  const ss = SpreadsheetApp.getActive();
  const sheet = ss.insertSheet('Contacts');
`;

describe('whole-column and whole-row A1', () => {
  it('spans every row or column and writes its A1 as Google does', () => {
    const emu = emulate(
      bundle(`${NAMES}
        const cols = sheet.getRange('A:I');
        const rows = sheet.getRange('2:5');
        const viaSs = ss.getRange("'Contacts'!A:I");
        return [
          [cols.getRow(), cols.getNumRows(), cols.getNumColumns(), cols.getA1Notation()],
          [rows.getColumn(), rows.getNumRows(), rows.getNumColumns(), rows.getA1Notation()],
          [viaSs.getSheet().getName(), viaSs.getA1Notation(), sheet.getRange('C:C').getA1Notation()],
          [cols.offset(1, 0, 3).getA1Notation(), cols.offset(0, 1).getA1Notation(),
           rows.offset(0, 0, 1, 2).getA1Notation(), sheet.getRange('A2:B').getA1Notation()],
        ];
      `),
    );

    expect(emu.run('main')).toEqual([
      [1, 1000, 9, 'A:I'],
      [1, 4, 26, '2:5'],
      ['Contacts', 'A:I', 'C:C'],
      ['A2:I4', 'B:J', 'A2:B2', 'A2:B1000'],
    ]);
  });

  it('reads and writes through a whole-column range', () => {
    const emu = emulate(
      bundle(
        'const s = SpreadsheetApp.getActiveSheet(); s.getRange("A1:B2").setValues([[1, 2], [3, 4]]); return s.getRange("A:B").getValues().slice(0, 3);',
      ),
    );

    expect(emu.run('main')).toEqual([
      [1, 2],
      [3, 4],
      ['', ''],
    ]);
  });
});

describe('named ranges', () => {
  it('names, finds, lists and removes ranges', () => {
    const emu = emulate(
      bundle(`${NAMES}
        ss.setNamedRange('KAM_CONTACTS', sheet.getRange('A:I'));
        ss.setNamedRange('Total_1', sheet.getRange('B2:C3'));
        const found = ss.getRangeByName('KAM_CONTACTS');
        const listed = ss.getNamedRanges().map((n) => [n.getName(), n.getRange().getA1Notation()]);
        ss.removeNamedRange('Total_1');
        return [found.getA1Notation(), found.getSheet().getName(), listed,
          ss.getRangeByName('Total_1'), ss.getRangeByName('Nope'), ss.getNamedRanges().length];
      `),
    );

    expect(emu.run('main')).toEqual([
      'A:I',
      'Contacts',
      [
        ['KAM_CONTACTS', 'A:I'],
        ['Total_1', 'B2:C3'],
      ],
      null,
      null,
      1,
    ]);
  });

  it('counts getRangeByName as one call', () => {
    const emu = emulate(
      bundle(`${NAMES} ss.setNamedRange('T', sheet.getRange('A1')); ss.getRangeByName('T');`),
    );
    emu.run('main');

    expect(emu.calls.count('Spreadsheet.getRangeByName')).toBe(1);
  });

  it.each(['1abc', 'has space', 'A1', 'AB12', 'R1C1', 'rc', 'TRUE', 'a-b', ''])(
    'refuses the name %j',
    (name) => {
      const emu = emulate(
        bundle(`${NAMES} ss.setNamedRange(${JSON.stringify(name)}, sheet.getRange('A1'));`),
      );

      expect(() => emu.run('main')).toThrow('Invalid named range name');
    },
  );

  it('re-points an existing name, in any case, and renames through NamedRange', () => {
    const emu = emulate(
      bundle(`${NAMES}
        ss.setNamedRange('Data', sheet.getRange('A:B'));
        ss.setNamedRange('DATA', sheet.getRange('A:D'));
        const n = ss.getNamedRanges()[0];
        n.setName('Data2').setRange(sheet.getRange('C3:D4'));
        return [ss.getNamedRanges().length, ss.getRangeByName('data2').getA1Notation(), ss.getRangeByName('Data')];
      `),
    );

    expect(emu.run('main')).toEqual([1, 'C3:D4', null]);
  });

  it('keeps whole columns open-ended as rows are added', () => {
    const emu = emulate(
      bundle(`${NAMES}
        ss.setNamedRange('KAM_CONTACTS', sheet.getRange('A:I'));
        sheet.insertRowsAfter(sheet.getMaxRows(), 5);
        const grown = ss.getRangeByName('KAM_CONTACTS').getNumRows();
        sheet.insertRowsBefore(1, 2);
        const r = ss.getRangeByName('KAM_CONTACTS');
        return [grown, r.getRow(), r.getNumRows(), r.getA1Notation()];
      `),
    );

    expect(emu.run('main')).toEqual([1005, 1, 1007, 'A:I']);
  });

  it('grows with appendRow past the last row', () => {
    const emu = emulate(
      bundle(`
        const ss = SpreadsheetApp.getActive();
        const sheet = ss.getActiveSheet();
        sheet.deleteRows(3, sheet.getMaxRows() - 2);
        ss.setNamedRange('T', sheet.getRange('A:B'));
        sheet.appendRow(['a']); sheet.appendRow(['b']); sheet.appendRow(['c']);
        return ss.getRangeByName('T').getValues().map((r) => r[0]);
      `),
    );

    expect(emu.run('main')).toEqual(['a', 'b', 'c']);
  });

  it('moves and resizes with inserted and deleted columns and rows', () => {
    const emu = emulate(
      bundle(`${NAMES}
        ss.setNamedRange('Cols', sheet.getRange('B:D'));
        ss.setNamedRange('Box', sheet.getRange('C3:E6'));
        const a1 = () => [ss.getRangeByName('Cols').getA1Notation(), ss.getRangeByName('Box').getA1Notation()];
        const out = [];
        sheet.insertColumnsAfter(2, 2); out.push(a1()); // inside Cols, before Box
        sheet.insertColumnsBefore(1, 1); out.push(a1()); // before both
        sheet.insertColumnsAfter(7, 1); out.push(a1()); // just after Cols, inside Box
        sheet.deleteColumns(3, 2); out.push(a1()); // C:D, the start of Cols
        sheet.insertRowsBefore(4, 2); out.push(a1()); // inside Box
        sheet.deleteRows(1, 2); out.push(a1()); // above Box
        return out;
      `),
    );

    expect(emu.run('main')).toEqual([
      ['B:F', 'E3:G6'],
      ['C:G', 'F3:H6'],
      ['C:G', 'F3:I6'],
      ['C:E', 'D3:G6'],
      ['C:E', 'D3:G8'],
      ['C:E', 'D1:G6'],
    ]);
  });

  it('drops a name whose cells are all deleted, or whose sheet is deleted', () => {
    const emu = emulate(
      bundle(`${NAMES}
        ss.setNamedRange('Gone', sheet.getRange('B2:C3'));
        ss.setNamedRange('Table', sheet.getRange('A:I'));
        sheet.deleteRows(2, 2);
        const gone = ss.getRangeByName('Gone');
        ss.deleteSheet(sheet);
        return [gone, ss.getRangeByName('Table'), ss.getNamedRanges().length];
      `),
    );

    expect(emu.run('main')).toEqual([null, null, 0]);
  });

  it('keeps named ranges in snapshots', () => {
    const emu = emulate(
      bundle(`${NAMES} ss.setNamedRange('KAM_CONTACTS', sheet.getRange('A:I'));`),
    );
    emu.run('main');
    const snap = emu.snapshot();
    emu.spreadsheet.removeNamedRange('KAM_CONTACTS');
    emu.restore(snap);

    expect(JSON.parse(snap).spreadsheets[0].namedRanges[0]).toMatchObject({
      name: 'KAM_CONTACTS',
      r1: null,
      r2: null,
      c1: 0,
      c2: 8,
    });
    expect(emu.spreadsheet.getRangeByName('KAM_CONTACTS')?.getA1Notation()).toBe('A:I');
  });
});
