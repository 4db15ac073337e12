import { messagesFor } from '../../../src/i18n';
import { argumentStarts } from '../../../src/server/functions/formula-refs';
import { wordProblem } from '../../../src/server/functions/word-problem';

const en = messagesFor('en');
const lt = messagesFor('lt');
const column = { rows: [[1], [2]], scalar: false };
const bad = (row: number) => ({
  code: 'NOT_A_NUMBER' as const,
  field: 'revenue',
  got: { kind: 'text' as const, text: 'abc' },
  at: { row, column: 1, rows: 60, columns: 1 },
});

describe('word-problem', () => {
  describe('argumentStarts', () => {
    it('places each argument of the calling formula on the sheet', () => {
      expect(
        argumentStarts("=KAM_TIER(C2:C, 'Settings'!$B$5, 'Settings'!$B$2)", 'KAM_TIER'),
      ).toEqual([
        { row: 2, column: 3, range: true },
        { row: 5, column: 2, range: false },
        { row: 2, column: 2, range: false },
      ]);
      expect(argumentStarts('=kam_share(AB7:AC9)', 'KAM_SHARE')).toEqual([
        { row: 7, column: 28, range: true },
      ]);
      expect(argumentStarts('=KAM_TIER(C:C)', 'KAM_TIER')).toEqual([
        { row: 1, column: 3, range: true },
      ]);
    });

    it('cannot place a named range, a nested function, or a formula calling the function twice', () => {
      expect(argumentStarts('=KAM_TIER(Revenues)', 'KAM_TIER')).toEqual([undefined]);
      expect(argumentStarts('=KAM_SHARE(C2:C9, SUM(C2:C9))', 'KAM_SHARE')?.[1]).toBeUndefined();
      expect(argumentStarts('=KAM_TIER(C2:C)+KAM_TIER(D2:D)', 'KAM_TIER')).toBeUndefined();
      expect(argumentStarts('', 'KAM_TIER')).toBeUndefined();
    });
  });

  describe('wordProblem', () => {
    it('names the sheet row of the 41st value of a column that starts in row 2', () => {
      const place = () => ({ row: 2, column: 3, range: true });

      expect(wordProblem(en, 'KAM_TIER', bad(41), column, place)).toBe(
        'KAM_TIER: revenue in row 42 must be a number; got text "abc".',
      );
      expect(wordProblem(lt, 'KAM_TIER', bad(41), column, place)).toBe(
        'KAM_TIER: revenue 42 eilutėje turi būti skaičius; gauta tekstas „abc“.',
      );
    });

    it('names the position in the range where the sheet row cannot be told', () => {
      const words = [1, 2, 3, 4, 11, 12, 13, 21, 22, 41, 111].map((n) =>
        wordProblem(en, 'KAM_TIER', bad(n), column),
      );

      expect(words.map((w) => /the (\w+) value/.exec(w)?.[1])).toEqual([
        '1st',
        '2nd',
        '3rd',
        '4th',
        '11th',
        '12th',
        '13th',
        '21st',
        '22nd',
        '41st',
        '111th',
      ]);
      expect(wordProblem(lt, 'KAM_TIER', bad(41), column)).toBe(
        'KAM_TIER: revenue, 41-oji intervalo reikšmė, turi būti skaičius; gauta tekstas „abc“.',
      );
    });
  });
});
