// Bundle-level: drives dist/Code.js through the emulator (`npm run build` first).
// A filled template imported into Sheets (File › Import, issue 3): the add-on reads it as it
// is, with columns reordered and extra columns added, and checks it like a set-up workbook.
import * as XLSX from 'xlsx';
import { demoCellRows, generateDemo } from '../../../dev/demo';
import { createKamEmulator } from '../../../dev/kam-emulator';
import { templateXlsx } from '../../../dev/template/write-workbook';
import { SHEETS } from '../../../src/template';
import { accountRows, demoWorkbook } from '../../helpers/demo-workbook';

/** Moves the last column first and adds a column of the user's own in the middle. */
function reshuffle(rows: unknown[][]): unknown[][] {
  return rows.map((row, r) => {
    const moved = [row[row.length - 1], ...row.slice(0, -1)];
    moved.splice(2, 0, r === 0 ? 'My own notes' : `note ${r}`);
    return moved;
  });
}

describe('an imported filled template', () => {
  it('is checked like a set-up workbook, reordered and extra columns included', async () => {
    const lang = 'en';
    const bytes = await templateXlsx(lang, demoCellRows(generateDemo(), lang));
    const book = XLSX.read(bytes, { cellDates: true });
    const imported = createKamEmulator({
      locale: 'en_US',
      now: new Date('2026-11-26T09:00:00+02:00'),
    });
    for (const def of SHEETS) {
      const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[def.name[lang]], {
        header: 1,
        defval: '',
      });
      imported.setSheetData(
        def.name[lang],
        def.key === 'contacts' || def.key === 'accounts' ? reshuffle(rows) : rows,
      );
    }
    const reference = demoWorkbook();

    imported.run('runChecksNow');
    reference.run('runChecksNow');

    const statuses = (rows: ReturnType<typeof accountRows>) =>
      [...rows].map(([id, row]) => [
        id,
        row.values['Contact status'],
        row.values.Flags,
        row.notes.Flags,
      ]);
    expect(statuses(accountRows(imported))).toEqual(statuses(accountRows(reference)));
    expect(accountRows(imported).get('KA-002')?.values['My own notes']).toBe('note 2');
  });
});
