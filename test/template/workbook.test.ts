import {
  columnDef,
  normalizeHeader,
  numberFormatOf,
  SHEETS,
  type SheetKey,
  sheetDef,
} from '../../src/template';

const LANGS = ['en', 'lt'] as const;
const _letterOf = (sheet: SheetKey) => (key: string) =>
  String.fromCharCode(65 + sheetDef(sheet).columns.findIndex((column) => column.key === key));

describe('the workbook definition', () => {
  describe('SHEETS', () => {
    it('has the sheets of issues 3 and 14, Settings first', () => {
      const keys = SHEETS.map((sheet) => sheet.key);

      expect(keys).toEqual([
        'settings',
        'revenue',
        'accounts',
        'dossier',
        'decisionGroup',
        'competitors',
        'contacts',
        'reviews',
        'plan',
        'whitespace',
        'history',
      ]);
    });

    it('names every sheet distinctly in both languages, as spreadsheets allow', () => {
      const names = SHEETS.flatMap((sheet) => [
        ...new Set(LANGS.map((lang) => normalizeHeader(sheet.name[lang]))),
      ]);

      for (const sheet of SHEETS) {
        for (const lang of LANGS) {
          expect(sheet.name[lang].length).toBeLessThanOrEqual(31);
          expect(sheet.name[lang]).not.toMatch(/[[\]:*?/\\]/);
          expect(sheet.name[lang].toLowerCase()).not.toBe('history'); // Excel reserves it
        }
      }
      expect(new Set(names).size).toBe(names.length);
    });

    it('gives every column of a sheet a header no other column shares, in either language', () => {
      for (const sheet of SHEETS) {
        const headers = sheet.columns.flatMap((column) => [
          ...new Set(LANGS.map((lang) => normalizeHeader(column.header[lang]))),
        ]);
        const keys = sheet.columns.map((column) => column.key);

        expect(new Set(headers).size).toBe(headers.length);
        expect(new Set(keys).size).toBe(keys.length);
      }
    });

    it('explains every column in one line citing its rule, in both languages', () => {
      for (const sheet of SHEETS) {
        for (const column of sheet.columns) {
          for (const lang of LANGS) {
            expect(column.help[lang]).toMatch(/R\d/);
            expect(column.help[lang]).not.toMatch(/\n/);
            expect(column.help[lang].length).toBeLessThanOrEqual(200);
          }
        }
        for (const lang of LANGS) expect(sheet.help[lang]).toMatch(/R\d/);
      }
    });

    it('gives every choice, multi-choice and yes/no column its allowed values in both languages', () => {
      for (const sheet of SHEETS) {
        for (const column of sheet.columns) {
          const needsChoices = ['choice', 'multiChoice', 'yesNo'].includes(column.type);

          expect(Boolean(column.choices?.length)).toBe(needsChoices);
          for (const choice of column.choices ?? []) {
            expect(choice.label.en).not.toBe('');
            expect(choice.label.lt).not.toBe('');
            expect(choice.label.en).not.toMatch(/[,;]/);
            expect(choice.label.lt).not.toMatch(/[,;]/);
          }
        }
      }
    });

    it('links every record sheet to its key account by account id', () => {
      const linked = SHEETS.filter((sheet) =>
        sheet.columns.some(
          (column) => column.key === 'accountId' && column.references === 'accounts',
        ),
      ).map((sheet) => sheet.key);

      expect(linked).toEqual([
        'dossier',
        'decisionGroup',
        'competitors',
        'contacts',
        'reviews',
        'plan',
        'whitespace',
        'history',
      ]);
    });
  });

  describe('numberFormatOf', () => {
    it('formats dates as ISO days, money with two decimals, shares as percentages and typed text as text', () => {
      const formats = ['date', 'money', 'percent', 'text'].map((type) =>
        numberFormatOf({ type: type as 'date' }),
      );

      expect(formats).toEqual(['yyyy-mm-dd', '#,##0.00', '0.0%', '@']);
    });

    it('leaves a formula’s text column to the automatic format', () => {
      const format = numberFormatOf(columnDef('revenue', 'tier'));

      expect(format).toBeUndefined();
    });
  });
});
