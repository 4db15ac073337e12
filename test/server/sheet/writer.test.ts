// The one writer (src/server/sheet/writer.ts): text stays text whatever it starts with and
// whatever the cell's format, numbers and dates stay what they are, and the only formulas
// are KAM's own.
import { createKamEmulator } from '../../../dev/kam-emulator';
import { kamFunction, rowLink, writeBlock } from '../../../src/server/sheet/writer';
import { withPlatform } from '../../helpers/platform';

const HOSTILE = [
  '=IMPORTXML("http://evil.example","//a")',
  '+370 600 00000',
  '-5 % off',
  '@here',
  '\t=1+1',
  '＝1+1',
  "'quoted",
  'plain 007',
];

/** Writes one column of cells into Sheet1!A1 with the given formats, and reads it back. */
function roundTrip(cells: (string | number | Date)[], formats?: string[]) {
  const emu = createKamEmulator({ now: new Date('2026-11-26T09:00:00+02:00') });
  withPlatform(emu, (platform) => {
    const sheet = platform.spreadsheet().getSheets()[0];
    const range = sheet.getRange(1, 1, cells.length, 1);
    writeBlock(
      range,
      cells.map((c) => [c]),
      formats ? { formats: formats.map((f) => [f]) } : {},
    );
  });
  return cells.map((_, i) => emu.inspect(`A${i + 1}`));
}

describe('the one writer', () => {
  describe('writeBlock', () => {
    it('keeps hostile text as that exact text, never a formula, when it manages formats', () => {
      const cells = roundTrip(
        HOSTILE,
        HOSTILE.map(() => 'General'),
      );

      expect(cells.map((c) => c.formula)).toEqual(HOSTILE.map(() => ''));
      expect(cells.map((c) => c.display)).toEqual(HOSTILE);
    });

    it('keeps hostile text as text in cells whose formats it keeps (a status column)', () => {
      const cells = roundTrip(HOSTILE);

      expect(cells.map((c) => c.formula)).toEqual(HOSTILE.map(() => ''));
      expect(cells.map((c) => c.value)).toEqual(HOSTILE);
    });

    it('keeps text that looks like a number or a date as text, and numbers and dates as such', () => {
      const day = new Date('2026-11-30T00:00:00+02:00');
      const cells = roundTrip(['007', '2026-01', 12.5, day], [
        undefined,
        undefined,
        '0.00',
        'yyyy-mm-dd',
      ] as string[]);

      expect(cells.map((c) => c.value)).toEqual(['007', '2026-01', 12.5, expect.any(Date)]);
      expect(cells[3].display).toBe('2026-11-30');
    });

    it('cuts text longer than a Sheets cell holds to the limit, never refusing it', () => {
      const [cell] = roundTrip(['x'.repeat(50_001)], ['General']);

      expect(String(cell.value)).toHaveLength(50_000);
      expect(String(cell.value).endsWith('x…')).toBe(true);
    });
  });

  describe('kamFunction', () => {
    it('accepts a KAM custom function over references, blanks and numbers', () => {
      const formula = "=KAM_TIER(C2:C, , 'Settings'!$B$2, 'My ''own'' sheet'!$B$3, 10%)";

      expect(kamFunction(formula).text).toBe(formula);
    });

    it('refuses a string literal, another function or a stray quote inside', () => {
      for (const text of [
        '=KAM_TIER(C2:C, "x")',
        '=IMPORTXML("http://x","//a")',
        "=KAM_TIER('Settings!$B$2)",
        '=KAM_TIER(C2:C)+IMPORTXML("x","y")',
      ])
        expect(() => kamFunction(text)).toThrow('Not a KAM formula');
    });
  });

  describe('rowLink', () => {
    it('escapes quotes in the label so it can never close the string, and caps it', () => {
      const link = rowLink(7, 12, `Client "X"),IMPORTXML("http://evil${'!'.repeat(200)}`);

      expect(link.text).toMatch(
        /^=HYPERLINK\("#gid=7&range=A12","Client ""X""\),IMPORTXML\(""http/,
      );
      expect(link.text.length).toBeLessThan(160);
    });
  });
});
