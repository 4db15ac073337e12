// Writing typed rows back: only the cells that change, in as few blocks as possible, each
// block's number formats before its values, so a user's text stays text even in a cell
// nobody formatted (an imported sheet), and never a cell of the user's own columns.
import type { Emulator } from '../../../dev/emulator';
import { createKamEmulator } from '../../../dev/kam-emulator';
import { dayOfIso } from '../../../src/core/days';
import { appendRows, blocksOf, writeRows } from '../../../src/server/sheet/table-write';
import type { SheetKey } from '../../../src/template';
import { sheetDef } from '../../../src/template';
import { inWorkbook } from '../../helpers/unit-workbook';
import { intlZone } from '../../helpers/zones';

const zone = intlZone('Europe/Vilnius');
const DAY = dayOfIso('2026-11-30')!;

/** A bare sheet with only a header row, as a user might import it: no formats, no set-up. */
function importedSheet(key: SheetKey, header: string[], rows: unknown[][] = []): Emulator {
  const emu = createKamEmulator({ code: '' });
  emu.setSheetData(sheetDef(key).name.en, [header, ...rows]);
  return emu;
}

function table(emu: Emulator, key: SheetKey) {
  return inWorkbook(emu, (workbook) => workbook.table(sheetDef(key))!);
}

describe('table-write', () => {
  describe('blocksOf', () => {
    const plan = () =>
      table(
        importedSheet('plan', ['Account ID', 'Objective', 'My notes', 'Action', 'Due', 'Status']),
        'plan',
      );

    it('writes each cell as its column shows it: text as text, a day as a date, a choice as its label', () => {
      const changes = [{ rowNumber: 2, values: { objective: '007', due: DAY, status: 'done' } }];

      const blocks = blocksOf(plan(), changes, 'lt', zone);

      expect(blocks.map((b) => b.values)).toEqual([
        [['007']],
        [[new Date('2026-11-29T22:00:00Z'), 'Atlikta']],
      ]);
    });

    it('never covers a column of the user’s own between two of KAM’s (two blocks instead)', () => {
      const changes = [{ rowNumber: 2, values: { objective: 'Grow', action: 'Call' } }];

      const blocks = blocksOf(plan(), changes, 'en', zone);

      expect(blocks.map((b) => [b.row, b.column, b.values])).toEqual([
        [2, 2, [['Grow']]],
        [2, 4, [['Call']]],
      ]);
    });

    it('gives each block its columns’ number formats: plain text for text, dates as dates, General otherwise', () => {
      const changes = [{ rowNumber: 2, values: { action: 'Call', due: DAY, status: 'done' } }];
      const revenue = table(importedSheet('revenue', ['Client', 'Revenue', 'Tier']), 'revenue');

      const [block] = blocksOf(plan(), changes, 'en', zone);
      const [tier] = blocksOf(
        revenue,
        [{ rowNumber: 2, values: { revenue: 5, tier: 'key' } }],
        'en',
        zone,
      );

      expect(block.formats).toEqual(['@', 'yyyy-mm-dd', '@']);
      expect(tier.formats).toEqual(['#,##0.00', 'General']);
    });

    it('leaves out values of columns the sheet does not have or the template does not know', () => {
      const changes = [
        { rowNumber: 2, values: { objective: 'Grow', result: 'won', colour: 'red' } },
        { rowNumber: 3, values: { result: 'won' } },
      ];

      const blocks = blocksOf(plan(), changes, 'en', zone);

      expect(blocks.map((b) => [b.row, b.column, b.values])).toEqual([[2, 2, [['Grow']]]]);
    });

    it('merges two changes of one row, and joins consecutive rows that change the same columns', () => {
      const changes = [
        { rowNumber: 10, values: { action: 'Call' } },
        { rowNumber: 9, values: { action: 'Visit' } },
        { rowNumber: 9, values: { objective: 'Grow' } },
        { rowNumber: 10, values: { objective: 'Keep' } },
      ];

      const blocks = blocksOf(plan(), changes, 'en', zone);

      expect(blocks.map((b) => [b.row, b.column, b.values])).toEqual([
        [9, 2, [['Grow'], ['Keep']]],
        [9, 4, [['Visit'], ['Call']]],
      ]);
    });

    it('joins consecutive rows that change the same columns whatever order their fields came in', () => {
      const changes = [
        { rowNumber: 2, values: { objective: 'Grow', action: 'Call' } },
        { rowNumber: 3, values: { action: 'Visit', objective: 'Keep' } },
      ];

      const blocks = blocksOf(plan(), changes, 'en', zone);

      expect(blocks.map((b) => [b.row, b.column, b.values])).toEqual([
        [2, 2, [['Grow'], ['Keep']]],
        [2, 4, [['Call'], ['Visit']]],
      ]);
    });

    it('keeps apart consecutive rows whose columns only read alike when run together', () => {
      const header = ['Account ID', 'Objective', 'Action', ...'defghijkl'.split(''), 'Due'];
      const wide = table(importedSheet('plan', header), 'plan');
      const changes = [
        { rowNumber: 2, values: { accountId: 'KA-1', objective: 'Grow', action: 'Call' } },
        { rowNumber: 3, values: { accountId: 'KA-2', due: DAY } },
      ];

      const blocks = blocksOf(wide, changes, 'en', zone);

      expect(blocks.map((b) => [b.row, b.column, b.values.length, b.values[0].length])).toEqual([
        [2, 1, 1, 3],
        [3, 1, 1, 1],
        [3, 13, 1, 1],
      ]);
    });

    it('splits rows that change different columns or are not consecutive', () => {
      const changes = [
        { rowNumber: 2, values: { objective: 'A' } },
        { rowNumber: 3, values: { action: 'B' } },
        { rowNumber: 5, values: { action: 'C' } },
      ];

      const blocks = blocksOf(plan(), changes, 'en', zone);

      expect(blocks.map((b) => [b.row, b.column, b.values.length])).toEqual([
        [2, 2, 1],
        [3, 4, 1],
        [5, 4, 1],
      ]);
    });
  });

  describe('writeRows', () => {
    it('stores text that looks like a number, a phone or a formula as that text in a cell nobody formatted', () => {
      const emu = importedSheet('plan', ['Account ID', 'Objective', 'Action']);
      const typed = ['007', '+370 600 00000', '=IMPORTXML("http://x","//a")'];

      inWorkbook(emu, (workbook) =>
        writeRows(
          workbook.table(sheetDef('plan'))!,
          typed.map((objective, i) => ({ rowNumber: 2 + i, values: { objective, action: '1e3' } })),
          'en',
          workbook.zone,
        ),
      );

      const cells = [2, 3, 4].map((row) => emu.inspect(`Plan!B${row}`));
      expect(cells.map((c) => [c.value, c.formula])).toEqual(typed.map((t) => [t, '']));
      expect(emu.inspect('Plan!C2').value).toBe('1e3');
    });

    it('grows the sheet when rows are appended past its last row', () => {
      const emu = importedSheet('reviews', ['Date', 'Account ID', 'Reviewer']);
      const sheet = emu.spreadsheet.getSheetByName('Reviews')!;
      sheet.deleteRows(3, sheet.getMaxRows() - 2);

      inWorkbook(emu, (workbook) =>
        appendRows(
          workbook.table(sheetDef('reviews'))!,
          [1, 2, 3].map(() => ({ accountId: 'KA-001', date: DAY, reviewer: 'rasa@x.lt' })),
          'en',
          workbook.zone,
        ),
      );

      expect(sheet.getMaxRows()).toBe(4);
      expect(emu.inspect('Reviews!B4').value).toBe('KA-001');
      expect(emu.inspect('Reviews!A2').display).toBe('2026-11-30');
    });

    it('grows the sheet to the lowest row written when two blocks land past its end', () => {
      const emu = importedSheet('plan', ['Account ID', 'Objective', 'Action']);
      const sheet = emu.spreadsheet.getSheetByName('Plan')!;
      sheet.deleteRows(3, sheet.getMaxRows() - 2);

      inWorkbook(emu, (workbook) =>
        writeRows(
          workbook.table(sheetDef('plan'))!,
          [
            { rowNumber: 3, values: { objective: 'Grow' } },
            { rowNumber: 5, values: { objective: 'Keep' } },
          ],
          'en',
          workbook.zone,
        ),
      );

      expect(sheet.getMaxRows()).toBe(5);
      expect(emu.inspect('Plan!B5').value).toBe('Keep');
    });

    it('appends a row with blanks between its fields as one block, from its first field to its last only', () => {
      const emu = importedSheet('plan', ['Account ID', 'Objective', 'Action', 'Due', 'Status']);

      const blocks = inWorkbook(emu, (workbook) =>
        appendRows(
          workbook.table(sheetDef('plan'))!,
          [{ objective: 'Grow', due: DAY, colour: 'red' }],
          'en',
          workbook.zone,
        ),
      );

      expect(blocks.map((b) => [b.row, b.column, b.values[0].length])).toEqual([[2, 2, 3]]);
      expect(emu.inspect('Plan!D2').display).toBe('2026-11-30');
    });

    it('does not grow a sheet whose last row the appended rows just fill', () => {
      const emu = importedSheet('reviews', ['Date', 'Account ID', 'Reviewer']);
      const sheet = emu.spreadsheet.getSheetByName('Reviews')!;
      sheet.deleteRows(4, sheet.getMaxRows() - 3);

      const calls = inWorkbook(emu, (workbook) => {
        const reviews = workbook.table(sheetDef('reviews'))!;
        emu.calls.reset();
        appendRows(
          reviews,
          [{ accountId: 'KA-001' }, { accountId: 'KA-002' }],
          'en',
          workbook.zone,
        );
        return emu.calls.count('Sheet.insertRowsAfter');
      });

      expect(calls).toBe(0);
      expect(sheet.getMaxRows()).toBe(3);
      expect(emu.inspect('Reviews!B3').value).toBe('KA-002');
    });

    it('appends below the last row with content, in one block (its formats, then its values)', () => {
      const emu = importedSheet(
        'reviews',
        ['Date', 'Account ID', 'Reviewer'],
        [
          ['', 'KA-001', 'rasa@x.lt'],
          ['', '', ''],
        ],
      );

      const blocks = inWorkbook(emu, (workbook) => {
        const reviews = workbook.table(sheetDef('reviews'))!;
        emu.calls.reset();
        return appendRows(
          reviews,
          [{ accountId: 'KA-002' }, { accountId: 'KA-003' }],
          'en',
          workbook.zone,
        );
      });

      expect(blocks.map((b) => [b.row, b.values])).toEqual([[3, [['KA-002'], ['KA-003']]]]);
      expect(emu.calls.byMethod()).toEqual({
        'Sheet.getMaxRows': 1,
        'Sheet.getRange': 1,
        'Range.setNumberFormats': 1,
        'Range.setValues': 1,
      });
    });

    it('rewrites a row inside the table without asking for the sheet’s size, and writes nothing for no change', () => {
      const emu = importedSheet('reviews', ['Date', 'Account ID'], [['', 'KA-001']]);

      const calls = inWorkbook(emu, (workbook) => {
        const reviews = workbook.table(sheetDef('reviews'))!;
        emu.calls.reset();
        writeRows(reviews, [{ rowNumber: 2, values: { accountId: 'KA-009' } }], 'en', zone);
        const one = emu.calls.byMethod();
        emu.calls.reset();
        const none = writeRows(reviews, [], 'en', zone);
        return { one, none, after: emu.calls.total() };
      });

      expect(Object.keys(calls.one)).not.toContain('Sheet.getMaxRows');
      expect(calls.none).toEqual([]);
      expect(calls.after).toBe(0);
      expect(emu.inspect('Reviews!B2').value).toBe('KA-009');
    });
  });
});
