// The one writer under each answer Sheets may give for plain-text cells (issue 12, A.1): any
// text stays that text, never a formula, with or without the block's formats; what may be
// misread, what is risky, and the cut at a cell's limit.
import fc from 'fast-check';
import type { PlainTextAnswer } from '../../../dev/emulator';
import { createKamEmulator } from '../../../dev/kam-emulator';
import {
  type Cell,
  isRiskyText,
  kamFunction,
  mayParse,
  rowLink,
  SHEETS_CELL_LIMIT,
  withinCell,
  writeBlock,
} from '../../../src/server/sheet/writer';
import { withPlatform } from '../../helpers/platform';

const ANSWERS: PlainTextAnswer[] = [
  { formula: 'text', apostrophe: 'kept' },
  { formula: 'text', apostrophe: 'stripped' },
  { formula: 'formula', apostrophe: 'kept' },
  { formula: 'formula', apostrophe: 'stripped' },
];

const hostile = fc
  .tuple(
    fc.constantFrom('=', '+', '-', '@', '\t=', '\r=', '＝', "'=", "'", ' @', '\u200b=', '#'),
    fc.string({ maxLength: 12 }),
  )
  .map(([head, tail]) => head + tail);

const anyText = fc.oneof(hostile, fc.string({ maxLength: 16 }), fc.constantFrom('12', 'TRUE'));

describe('writer', () => {
  describe('isRiskyText', () => {
    it('flags text Sheets would take as a formula or hide behind its apostrophe', () => {
      const risky = ['=1+1', '+370 600', '-x', '@me', '\t=1', '\r\n=1', '＝1', "'=1", ' =1'];

      expect(risky.filter((t) => !isRiskyText(t))).toEqual([]);
      expect(['Overdue', 'a=b', 'KA-001', ''].filter(isRiskyText)).toEqual([]);
    });

    it('sees through invisible characters before the "="', () => {
      expect(['\u200b=1', '\ufeff=1', '\u2060+1'].every(isRiskyText)).toBe(true);
    });
  });

  describe('mayParse', () => {
    it('tells text an automatic cell might read as a number, date, yes/no or error', () => {
      expect(['12', '2026-01-05', 'TRUE', ' false ', '#N/A', 'Plant 2'].every(mayParse)).toBe(true);
      expect(['Overdue', 'Strong opponent: Petras', 'Pauzė'].some(mayParse)).toBe(false);
    });
  });

  describe('withinCell', () => {
    it('cuts text over Sheets’ 50,000 characters and keeps text at the limit', () => {
      expect(withinCell('x'.repeat(SHEETS_CELL_LIMIT))).toHaveLength(SHEETS_CELL_LIMIT);
      expect(withinCell('x'.repeat(SHEETS_CELL_LIMIT + 9))).toMatch(/^x{49999}…$/);
    });
  });

  describe('KAM formulas', () => {
    it('builds a KAM function over references and numbers, and refuses anything else', () => {
      expect(kamFunction("=KAM_TIER(C2:C, , 'Set''s'!$B$2, 0.5)").text).toBe(
        "=KAM_TIER(C2:C, , 'Set''s'!$B$2, 0.5)",
      );
      expect(() => kamFunction('=KAM_TIER(C2:C, "x")')).toThrow('Not a KAM formula');
      expect(() => kamFunction('=IMPORTXML(A1)')).toThrow('Not a KAM formula');
    });

    it('escapes a link’s label so that it can never close the string, and caps it', () => {
      const link = rowLink(7, 5, '","x")&IMPORTXML("http://evil');

      expect(link.text).toBe('=HYPERLINK("#gid=7&range=A5",""",""x"")&IMPORTXML(""http://evil")');
      expect(rowLink(7, 5, 'y'.repeat(500)).text.length).toBeLessThan(140);
    });
  });

  describe('writeBlock', () => {
    it.each(ANSWERS)(
      'keeps any text as that text, never a formula (plain-text cells: $formula, $apostrophe)',
      (answer) => {
        const emu = createKamEmulator({ plainText: answer });
        const sheet = emu.spreadsheet.getActiveSheet();
        sheet.getRange('B1:B9').setNumberFormat('@');

        fc.assert(
          fc.property(fc.array(anyText, { minLength: 1, maxLength: 4 }), (texts) => {
            const row = texts.filter((t) => t !== '');
            fc.pre(row.length > 0);
            for (const formats of [true, false]) {
              withPlatform(emu, (platform) => {
                const range = platform.spreadsheet().getSheets()[0].getRange(1, 1, 1, row.length);
                writeBlock(range, [row], formats ? { formats: [row.map(() => undefined)] } : {});
              });
              const written = sheet.getRange(1, 1, 1, row.length);

              expect(written.getValues()[0]).toEqual(row);
              expect(written.getFormulas()[0].filter((f) => f !== '')).toEqual([]);
              expect(written.getDisplayValues()[0]).toEqual(row);
            }
          }),
          { numRuns: 60 },
        );
      },
    );

    it('keeps numbers as numbers and dates as dates, and writes a number that is not finite blank', () => {
      const emu = createKamEmulator();
      const date = new Date('2026-11-26T00:00:00+02:00');
      const cells: Cell[] = [12.5, date, true, Number.NaN];

      withPlatform(emu, (platform) => {
        writeBlock(platform.spreadsheet().getSheets()[0].getRange(1, 1, 1, 4), [cells]);
      });

      const values = emu.spreadsheet.getActiveSheet().getRange('A1:D1').getValues()[0];
      expect(values.slice(0, 3)).toEqual([12.5, date, true]);
      expect(values[3]).toBe('');
    });
  });
});
