// Reading a sheet as typed rows: columns found by their header in English or Lithuanian, in
// any order, blank rows skipped, cells a column does not allow reported and left as they are.
import { createKamEmulator } from '../../../dev/kam-emulator';
import { dayOfIso } from '../../../src/core/days';
import {
  cellsOf,
  headerMatches,
  locateColumns,
  rangeSource,
  sheetSource,
  type TableSource,
  tableOf,
} from '../../../src/server/sheet/table-read';
import { sheetDef } from '../../../src/template';
import { withPlatform } from '../../helpers/platform';
import { intlZone } from '../../helpers/zones';

const zone = intlZone('Europe/Vilnius');
const contacts = sheetDef('contacts');
const NOWHERE: TableSource = {
  rangeAt: () => {
    throw new Error('a pure read writes nothing');
  },
  sheet: () => {
    throw new Error('a pure read needs no sheet');
  },
  gridId: () => {
    throw new Error('a pure read needs no sheet');
  },
};
const outcome = contacts.columns.find((c) => c.key === 'outcome')!;

describe('table-read', () => {
  describe('headerMatches', () => {
    it('finds a column by its English or Lithuanian header, ignoring case and spaces', () => {
      const headers = ['Outcome', ' REZULTATAS ', 'out come'];

      expect(headers.map((h) => headerMatches(outcome, h))).toEqual([true, true, true]);
    });

    it('does not take another header, a blank cell or a number for the column', () => {
      const headers = ['Outcomes', '', '   ', 7, null];

      expect(headers.map((h) => headerMatches(outcome, h))).toEqual([
        false,
        false,
        false,
        false,
        false,
      ]);
    });
  });

  describe('locateColumns', () => {
    it('places each column where its header is, the first of two equal headers winning, and lists the missing', () => {
      const header = ['My notes', 'Outcome', 'Account ID', 'outcome', 'Date'];

      const { columns, missing } = locateColumns(contacts, header);

      expect(Object.fromEntries(columns)).toEqual({ outcome: 1, accountId: 2, date: 4 });
      expect(missing.map((c) => c.key)).toEqual([
        'clientPerson',
        'ourPerson',
        'channel',
        'personal',
        'summary',
        'nextStep',
      ]);
    });
  });

  describe('tableOf', () => {
    const values = [
      ['Account ID', 'Outcome', 'Date', 'My notes'],
      ['KA-001', 'Positive', '2026-11-20', 'mine'],
      ['', null, undefined, ''],
      ['KA-002', 'so-so', 'yesterday', ''],
      ['', '', '', 'only my own note'],
      ['', '', '', ''],
    ];

    it('types each row by its columns, numbering rows as the sheet does and skipping blank rows', () => {
      const table = tableOf(contacts, NOWHERE, values, zone);

      expect(table.rows.map((r) => [r.rowNumber, r.values])).toEqual([
        [2, { accountId: 'KA-001', outcome: 'positive', date: dayOfIso('2026-11-20') }],
        [4, { accountId: 'KA-002', outcome: undefined, date: undefined }],
        [5, { accountId: undefined, outcome: undefined, date: undefined }],
      ]);
    });

    it('reports the cells a column does not allow, leaving the rest of the row readable', () => {
      const table = tableOf(contacts, NOWHERE, values, zone);

      expect(table.rows.map((r) => r.problems)).toStrictEqual([
        {},
        { outcome: 'NOT_A_CHOICE', date: 'NOT_A_DATE' },
        {},
      ]);
    });

    it('knows the last row with content (a user’s own column counts), so appended rows go below it', () => {
      const table = tableOf(contacts, NOWHERE, values, zone);

      expect(table.lastRow).toBe(5);
      expect(table.width).toBe(4);
      expect(table.missing).toHaveLength(6);
    });

    it('types only the rows a filter keeps, yet counts every row for the last row', () => {
      const seen: unknown[] = [];

      const table = tableOf(contacts, NOWHERE, values, zone, (cells, columns) => {
        seen.push(cells[columns.get('accountId')!]);
        return cells[0] === 'KA-002';
      });

      expect(seen).toEqual(['KA-001', 'KA-002', '']);
      expect(table.rows.map((r) => r.rowNumber)).toEqual([4]);
      expect(table.lastRow).toBe(5);
    });

    it('reads a sheet with nothing in it as an empty table with every column missing', () => {
      const table = tableOf(contacts, NOWHERE, [], zone);

      expect([table.rows, table.lastRow, table.width, table.missing.length]).toEqual([
        [],
        1,
        0,
        contacts.columns.length,
      ]);
    });

    it('gives any sheet’s rows as cells by column key', () => {
      const [row] = tableOf(contacts, NOWHERE, values.slice(0, 2), zone).rows;

      expect(cellsOf(row).outcome).toBe('positive');
    });
  });

  describe('sheetSource and rangeSource', () => {
    it('addresses the same cells through the sheet or through a named range from A1', () => {
      const emu = createKamEmulator({ code: '' });
      emu.setSheetData('Contacts', [
        ['Date', 'Account ID'],
        ['2026-11-20', 'KA-001'],
      ]);

      const cells = withPlatform(emu, (platform) => {
        const ss = platform.spreadsheet();
        const sheet = ss.getSheetByName('Contacts')!;
        ss.setNamedRange('KAM_CONTACTS', sheet.getRange('A:B'));
        const bySheet = sheetSource(sheet);
        const byName = rangeSource(ss.getRangeByName('KAM_CONTACTS')!);
        return [bySheet, byName].map((s) => [
          s.rangeAt(2, 2, 1, 1).getA1Notation(),
          s.sheet().getName(),
        ]);
      });

      expect(cells).toEqual([
        ['B2', 'Contacts'],
        ['B2', 'Contacts'],
      ]);
    });

    it('asks a named range for its sheet once, and not at all when the sheet is known', () => {
      const emu = createKamEmulator({ code: '' });
      emu.setSheetData('Contacts', [['Date']]);

      const calls = withPlatform(emu, (platform) => {
        const ss = platform.spreadsheet();
        ss.setNamedRange('KAM_CONTACTS', ss.getSheetByName('Contacts')!.getRange('A:A'));
        const base = ss.getRangeByName('KAM_CONTACTS')!;
        emu.calls.reset();
        const found = rangeSource(base);
        found.sheet();
        found.sheet();
        const once = emu.calls.count('Range.getSheet');
        rangeSource(base, ss.getSheetByName('Contacts')!).sheet();
        return [once, emu.calls.count('Range.getSheet')];
      });

      expect(calls).toEqual([1, 1]);
    });
  });
});
