// The one table reader/writer (issue 3): typed rows by column key in and out, one block per
// contiguous run, user text kept as text, numbers and dates kept as numbers and dates.
import type { Emulator } from '../../../dev/emulator';
import { createKamEmulator } from '../../../dev/kam-emulator';
import { dayOfIso } from '../../../src/core/days';
import { blocksOf, writeRows } from '../../../src/server/sheet/table-write';
import type { Workbook } from '../../../src/server/sheet/workbook';
import { sheetDef } from '../../../src/template';
import { inWorkbook, unitWorkbook } from '../../helpers/unit-workbook';

/** Opens the workbook in one emulated execution, as an entry point would. */
function opener(emu: Emulator) {
  return <T>(fn: (workbook: Workbook) => T): T => inWorkbook(emu, fn);
}

function setUpWorkbook() {
  const emu = unitWorkbook();
  return { emu, open: opener(emu) };
}

describe('table reader and writer', () => {
  it('stores formula-like user text as that text and reads it back', () => {
    const { emu, open } = setUpWorkbook();
    const hostile = [
      '=HYPERLINK("http://x","y")',
      '=IMPORTXML("http://x","//a")',
      '+370 600 00000',
      '-5 % off',
      '@here',
    ];

    open((workbook) =>
      writeRows(
        workbook.table(sheetDef('dossier'))!,
        hostile.map((description, i) => ({
          rowNumber: 2 + i,
          values: { accountId: `KA-00${i + 1}`, description },
        })),
        'en',
        workbook.zone,
      ),
    );

    const rows = open((workbook) => workbook.table(sheetDef('dossier'))!.rows);
    expect(rows.map((row) => row.values.description)).toEqual(hostile);
    expect(emu.inspect('Dossier!B2').formula).toBe('');
  });

  it('keeps numbers as numbers and dates as dates', () => {
    const { emu, open } = setUpWorkbook();
    const day = dayOfIso('2026-11-30') as number;

    open((workbook) =>
      writeRows(
        workbook.table(sheetDef('plan'))!,
        [
          {
            rowNumber: 2,
            values: { accountId: 'KA-001', objective: '007', due: day, revenueForecast: 1250.5 },
          },
        ],
        'en',
        workbook.zone,
      ),
    );

    const [row] = open((workbook) => workbook.table(sheetDef('plan'))!.rows);
    expect(row.values).toMatchObject({ objective: '007', due: day, revenueForecast: 1250.5 });
    expect(emu.inspect('Plan!E2').display).toBe('2026-11-30');
  });

  it('reads an imported sheet by header in any order and language, extra columns left alone', () => {
    const emu = createKamEmulator({ code: '' });
    emu.setSheetData('Contacts', [
      ['REZULTATAS', 'My notes', 'paskyros id', 'date'],
      ['Neigiamas', 'private', 'KA-002', new Date('2026-11-20T00:00:00+02:00')],
    ]);

    const table = opener(emu)((workbook) => workbook.table(sheetDef('contacts'))!);

    expect(table.rows[0].values).toMatchObject({
      outcome: 'negative',
      accountId: 'KA-002',
      date: dayOfIso('2026-11-20'),
    });
    expect(table.missing.map((c) => c.header.en)).toContain('Summary');
  });

  it('writes consecutive rows that change the same columns as one block', () => {
    const { open } = setUpWorkbook();
    const { table, zone } = open((workbook) => ({
      table: workbook.table(sheetDef('reviews'))!,
      zone: workbook.zone,
    }));
    const changes = [2, 3, 4, 7].map((rowNumber) => ({
      rowNumber,
      values: { accountId: 'KA-001', date: dayOfIso('2026-11-26'), reviewer: 'Rasa' },
    }));

    const blocks = blocksOf(table, changes, 'en', zone);

    expect(blocks.map((b) => [b.row, b.column, b.values.length, b.values[0].length])).toEqual([
      [2, 1, 3, 3],
      [7, 1, 1, 3],
    ]);
  });
});
