// Bundle-level: drives dist/Code.js through the emulator (`npm run build` first).
// One definition drives the set-up in Sheets and the downloadable .xlsx (issue 3): read back
// independently, the file has the sheets, headers and dropdown values the set-up makes.
import { createKamEmulator } from '../../../dev/kam-emulator';
import { templateXlsx } from '../../../dev/template/write-workbook';
import { columnLetter, type Lang, SHEETS } from '../../../src/template';
import { headerRow, listValues, readXlsx } from '../../dev/template/read-xlsx';

describe.each<[Lang, string]>([
  ['en', 'en_US'],
  ['lt', 'lt_LT'],
])('the .xlsx and the set-up in %s', (lang, locale) => {
  const emu = createKamEmulator({ locale });
  emu.run('setUpKamWorkbook');

  it('have the same sheets, headers and dropdown values', async () => {
    const sheets = await readXlsx(await templateXlsx(lang));

    for (const def of SHEETS.filter((d) => d.layout === 'table')) {
      const inSheets = emu.spreadsheet.getSheetByName(def.name[lang])!;
      const inFile = sheets.find((s) => s.name === def.name[lang])!;
      const headers = inSheets.getRange(1, 1, 1, def.columns.length).getValues()[0];
      expect([def.key, headerRow(inFile.sheet)]).toEqual([def.key, headers]);
      def.columns.forEach((column, i) => {
        if (!column.choices || column.computed) return;
        const letter = columnLetter(i);
        const rule = inSheets.getRange(`${letter}2`).getDataValidation();
        const file = inFile.validations.find((v) => v.sqref === `${letter}2:${letter}1000`);

        expect([def.key, column.key, listValues(file!.formula1, sheets)]).toEqual([
          def.key,
          column.key,
          rule?.getCriteriaValues()[0],
        ]);
      });
    }
  });

  it('both offer the Accounts ids as the dropdown of every other sheet’s account id', async () => {
    const sheets = await readXlsx(await templateXlsx(lang));
    const contacts = SHEETS.find((d) => d.key === 'contacts')!;
    const letter = columnLetter(contacts.columns.findIndex((c) => c.key === 'accountId'));

    const rule = emu.spreadsheet
      .getSheetByName(contacts.name[lang])!
      .getRange(`${letter}2`)
      .getDataValidation();
    const file = sheets
      .find((s) => s.name === contacts.name[lang])!
      .validations.find((v) => v.sqref === `${letter}2:${letter}1000`);

    const range = rule?.getCriteriaValues()[0] as GoogleAppsScript.Spreadsheet.Range;
    expect(range.getSheet().getName()).toBe(SHEETS.find((d) => d.key === 'accounts')!.name[lang]);
    expect(range.getA1Notation()).toBe('A2:A1000');
    expect(file?.formula1).toMatch(/\$A\$2:\$A\$1000$/);
  });
});
