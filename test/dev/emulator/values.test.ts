// Tests: cell values, Sheets input parsing, dates in the spreadsheet time zone and display formats.
import { bundle, emulate } from './helpers';

const write = (a1: string, values: string) =>
  bundle(`
  const r = SpreadsheetApp.getActiveSheet().getRange('${a1}');
  r.setValues(${values});
  return [r.getValues(), r.getDisplayValues(), r.getFormulas(), r.getNumberFormats()];
`);

describe('Range values', () => {
  describe('getValues', () => {
    it('returns blank cells as empty strings', () => {
      const emu = emulate(
        bundle('return SpreadsheetApp.getActiveSheet().getRange("A1:B2").getValues();'),
      );

      expect(emu.run('main')).toEqual([
        ['', ''],
        ['', ''],
      ]);
    });

    it('returns a date cell as a Date at that wall-clock time in the spreadsheet time zone', () => {
      const emu = emulate(
        bundle(
          'const v = SpreadsheetApp.getActiveSheet().getRange("A1").getValue(); return [v instanceof Date, v.toISOString()];',
        ),
        {
          timeZone: 'America/Los_Angeles',
        },
      );
      emu.setSheetData('Sheet1', [[new Date('2026-07-01T07:00:00Z')]]);

      expect(emu.run('main')).toEqual([true, '2026-07-01T07:00:00.000Z']);
      expect(emu.range('A1').getDisplayValue()).toBe('7/1/2026');
    });

    it('moves the Dates it returns when the spreadsheet time zone changes, keeping the serial', () => {
      const emu = emulate(
        bundle(
          'const ss = SpreadsheetApp.getActive(); ss.setSpreadsheetTimeZone("UTC"); return ss.getActiveSheet().getRange("A1").getValue().toISOString();',
        ),
      );
      emu.setSheetData('Sheet1', [[new Date('2026-11-29T22:00:00Z')]]);

      expect(emu.run('main')).toBe('2026-11-30T00:00:00.000Z');
    });

    it('reads 100,000 rows of 10 columns, from Node and from the bundle alike', () => {
      const emu = emulate(
        bundle(
          'const t = Date.now(); return SpreadsheetApp.getActiveSheet().getDataRange().getValues().length;',
        ),
      );
      const rows = Array.from({ length: 100_000 }, (_, i) =>
        Array.from({ length: 10 }, (_, j) => (j % 2 ? `t${i}` : i * j)),
      );
      emu.setSheetData('Sheet1', rows);
      const sheet = emu.spreadsheet.getSheetByName('Sheet1')!;

      const values = sheet.getDataRange().getValues();

      expect(values.length).toBe(100_000);
      expect(values[99_999]).toEqual(rows[99_999]);
      expect(emu.run('main')).toBe(100_000);
    });
  });

  describe('setValues', () => {
    it('refuses data with the wrong number of rows, in Google’s words', () => {
      const emu = emulate(write('A1:B2', '[[1, 2]]'));

      expect(() => emu.run('main')).toThrow(
        'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
      );
    });

    it('refuses data with the wrong number of columns, in Google’s words', () => {
      const emu = emulate(write('A1:B1', '[[1, 2, 3]]'));

      expect(() => emu.run('main')).toThrow(
        'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
      );
    });

    it('parses strings the way Sheets parses typed input', () => {
      const emu = emulate(
        write(
          'A1:H1',
          '[["42", "3.5", "12%", "$1,234.50", "2026-11-30", "TRUE", "11/30/2026", "007"]]',
        ),
      );

      const [values, display, , formats] = emu.run('main') as unknown[][][];

      expect(values[0].slice(0, 4)).toEqual([42, 3.5, 0.12, 1234.5]);
      expect((values[0][4] as Date).toISOString()).toBe('2026-11-29T22:00:00.000Z');
      expect(values[0][5]).toBe(true);
      expect(values[0][6]).toBeInstanceOf(Date);
      expect(values[0][7]).toBe(7);
      expect(display[0]).toEqual([
        '42',
        '3.5',
        '12%',
        '$1,234.50',
        '2026-11-30',
        'TRUE',
        '11/30/2026',
        '7',
      ]);
      expect(formats[0][2]).toBe('0%');
    });

    it('parses numbers with the spreadsheet locale’s separators', () => {
      const emu = emulate(write('A1:B1', '[["1,5", "12,5 %"]]'), { locale: 'lt' });

      const [values, display] = emu.run('main') as unknown[][][];

      expect(values[0]).toEqual([1.5, 0.125]);
      expect(display[0]).toEqual(['1,5', '12,50%']);
    });

    it('turns a string starting with = into a formula', () => {
      const emu = emulate(write('A1:B1', '[[2, "=SUM(A1:A1)"]]'));

      const [values, , formulas] = emu.run('main') as unknown[][][];

      expect(formulas[0]).toEqual(['', '=SUM(A1:A1)']);
      expect(values[0]).toEqual([2, 2]);
    });

    it('stores text after a leading apostrophe, without the apostrophe', () => {
      const emu = emulate(write('A1:B1', `[["'=HYPERLINK(\\"http://x\\",\\"y\\")", "'007"]]`));

      const [values, display, formulas] = emu.run('main') as unknown[][][];

      expect(values[0]).toEqual(['=HYPERLINK("http://x","y")', '007']);
      expect(display[0]).toEqual(values[0]);
      expect(formulas[0]).toEqual(['', '']);
    });

    it('keeps strings verbatim in cells formatted as plain text', () => {
      const emu = emulate(
        bundle(`
        const r = SpreadsheetApp.getActiveSheet().getRange('A1:C1');
        r.setNumberFormat('@');
        r.setValues([['=1+1', '007', "'x"]]);
        return [r.getValues(), r.getFormulas()];
      `),
      );

      expect(emu.run('main')).toEqual([[['=1+1', '007', "'x"]], [['', '', '']]]);
    });

    it('gives a Date written into a General cell the locale’s date or date-time format', () => {
      const emu = emulate(
        write('A1:B1', '[[new Date(2026, 10, 30), new Date(2026, 10, 30, 14, 5)]]'),
      );

      const [, display, , formats] = emu.run('main') as unknown[][][];

      expect(formats[0]).toEqual(['M/d/yyyy', 'M/d/yyyy H:mm:ss']);
      expect(display[0]).toEqual(['11/30/2026', '11/30/2026 14:05:00']);
    });

    it('refuses values Sheets would not store as they are', () => {
      const emu = emulate(write('A1', '[[{ a: 1 }]]'));

      expect(() => emu.run('main')).toThrow('is not emulated');
    });
  });

  describe('getDisplayValues', () => {
    const cases: [string, unknown, string][] = [
      ['General', 1234.5, '1234.5'],
      ['0', 2.5, '3'],
      ['0.00', 2, '2.00'],
      ['#,##0', 1234567.8, '1,234,568'],
      ['#,##0.00', -1234.5, '-1,234.50'],
      ['0%', 0.125, '13%'],
      ['0.0%', 0.125, '12.5%'],
      ['0.00%', 0.5, '50.00%'],
      ['"€"#,##0.00', 9.5, '€9.50'],
      ['[$€-427]#,##0.00', 9.5, '€9.50'],
      ['#,##0.00 "€"', 9.5, '9.50 €'],
      ['yyyy-mm-dd', 46356, '2026-11-30'],
      ['yyyy-MM-dd', 46356, '2026-11-30'],
      ['dd.mm.yyyy', 46356, '30.11.2026'],
      ['M/d/yyyy', 46356, '11/30/2026'],
      ['yyyy-mm-dd hh:mm', 46356.75, '2026-11-30 18:00'],
      ['mmmm d, yyyy', 46356, 'November 30, 2026'],
      ['h:mm am/pm', 0.75, '6:00 pm'],
      ['@', 12, '12'],
    ];

    it.each(cases)('renders format %s', (format, value, shown) => {
      const emu = emulate('');
      const r = emu.range('A1');
      r.setNumberFormat(format);
      r.setValue(value);

      expect(r.getDisplayValue()).toBe(shown);
    });

    it('refuses a format it cannot render instead of guessing', () => {
      const emu = emulate('');
      const r = emu.range('A1');
      r.setNumberFormat('0.0E+00');
      r.setValue(12);

      expect(() => r.getDisplayValue()).toThrow('is not emulated');
    });
  });
});
