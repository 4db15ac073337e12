// Bundle-level: drives dist/Code.js through the emulator (`npm run build` first).
// The shipped bundle's custom functions, run by the emulator in CUSTOM_FUNCTION mode.
import type { Emulator } from '../../../dev/emulator';
import { createKamEmulator } from '../../../dev/kam-emulator';

const vilnius = (iso: string) => new Date(`${iso}T00:00:00+02:00`);
let en: Emulator;
let lt: Emulator;

beforeAll(() => {
  en = createKamEmulator({ locale: 'en_US', timeZone: 'Europe/Vilnius' });
  lt = createKamEmulator({ locale: 'lt_LT', timeZone: 'Europe/Vilnius' });
});

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
}

describe('custom functions in the bundle', () => {
  describe('KAM_TIER', () => {
    it('tiers a column of revenues by their share of its sum (R1.1–R1.3)', () => {
      expect(en.customFunction('KAM_TIER', [[120], [30], [850]])).toEqual([
        ['Key'],
        ['Regular'],
        ['Mono-client'],
      ]);
    });

    it('names tiers in Lithuanian for a Lithuanian spreadsheet', () => {
      expect(lt.customFunction('KAM_TIER', [[120], [30], [850]])).toEqual([
        ['Pagrindinis'],
        ['Įprastas'],
        ['Monoklientas'],
      ]);
    });

    it('tiers a single cell against a given total, with overridden thresholds', () => {
      expect(en.customFunction('KAM_TIER', 210, 1000)).toBe('Critical');
      expect(en.customFunction('KAM_TIER', 210, 1000, 0.05, 0.25, 0.6)).toBe('Key');
    });

    it('keeps blank cells blank', () => {
      expect(en.customFunction('KAM_TIER', [[100], [''], [300]])).toEqual([
        ['Critical'],
        [''],
        ['Mono-client'],
      ]);
    });

    it('shows a bad cell as its own message and computes the rest of the column', () => {
      const result = en.customFunction('KAM_TIER', [[120], ['abc'], [850]]) as string[][];

      expect(result[0][0]).toBe('Key');
      expect(result[1][0]).toBe(
        '⚠ KAM_TIER: revenue, the 2nd value of the range, must be a number; got text "abc".',
      );
      expect(result[2][0]).toBe('Mono-client');
    });

    it('fails the whole formula for a threshold given as a whole percent', () => {
      expect(errorOf(() => en.customFunction('KAM_TIER', [[1], [2]], '', 10))).toBe(
        'KAM_TIER: key must be a share above 0 % and at most 100 %, such as 10 % or 0.1; got 10.',
      );
    });

    it('words its messages in Lithuanian for a Lithuanian spreadsheet', () => {
      expect(errorOf(() => lt.customFunction('KAM_TIER', 5))).toBe(
        'KAM_TIER: total turi būti nurodytas, kai pirmasis argumentas yra vienas langelis; gauta nieko.',
      );
    });
  });

  describe('KAM_SHARE', () => {
    it('returns shares of the range total in the shape of the range', () => {
      expect(
        en.customFunction('KAM_SHARE', [
          [1, 2],
          [3, 4],
        ]),
      ).toEqual([
        [0.1, 0.2],
        [0.3, 0.4],
      ]);
    });

    it('refuses a total below the revenue, naming the cell', () => {
      const result = en.customFunction('KAM_SHARE', [[50], [150]], 100) as unknown[][];

      expect(result[0][0]).toBe(0.5);
      expect(result[1][0]).toBe(
        '⚠ KAM_SHARE: total, the 2nd value of the range, must be at least the revenue; got 100.',
      );
    });

    it('refuses a total of 0 and a date given as revenue', () => {
      expect(errorOf(() => en.customFunction('KAM_SHARE', 10, 0))).toBe(
        'KAM_SHARE: total must be greater than 0; got 0.',
      );
      expect(errorOf(() => en.customFunction('KAM_SHARE', vilnius('2026-11-30'), 10))).toBe(
        'KAM_SHARE: revenue must be a number; got a date.',
      );
    });
  });

  describe('KAM_HHI', () => {
    it('gives 3,800 for shares of 50 %, 30 % and 20 % (R1.3)', () => {
      expect(en.customFunction('KAM_HHI', [[0.5], [0.3], [0.2]])).toBe(3800);
    });

    it('fails on any bad cell, since a partial index would be wrong', () => {
      expect(errorOf(() => en.customFunction('KAM_HHI', [[0.5], [true], [0.2]]))).toBe(
        'KAM_HHI: revenues, the 2nd value of the range, must be a number; got TRUE.',
      );
    });

    it('refuses a ragged range', () => {
      expect(errorOf(() => en.customFunction('KAM_HHI', [[1, 2], [3]]))).toBe(
        'KAM_HHI: revenues must be a rectangular range (every row the same length); got rows of different lengths.',
      );
    });
  });

  describe('KAM_NEXT_REVIEW', () => {
    it('puts the review after 30 November 2026 on 28 February 2027 (R3.6)', () => {
      const due = en.customFunction('KAM_NEXT_REVIEW', vilnius('2026-11-30')) as Date;

      expect(due.toISOString()).toBe(vilnius('2027-02-28').toISOString());
    });

    it('refuses a date typed as text', () => {
      expect(errorOf(() => en.customFunction('KAM_NEXT_REVIEW', '2026-11-30'))).toBe(
        'KAM_NEXT_REVIEW: last_review must be a date (a date cell, not text); got text "2026-11-30".',
      );
    });
  });

  describe('KAM_NEXT_CONTACT', () => {
    it('moves the due day to the end of a pause after a later negative contact (R5.1, R5.2)', () => {
      const due = en.customFunction(
        'KAM_NEXT_CONTACT',
        vilnius('2026-11-01'),
        vilnius('2026-11-05'),
      ) as Date;

      expect(due.toISOString()).toBe(vilnius('2026-11-19').toISOString());
    });

    it('pairs a column of positives with a column of negatives, blank where no positive contact was ever made (overdue)', () => {
      const due = en.customFunction(
        'KAM_NEXT_CONTACT',
        [[vilnius('2026-11-20')], ['']],
        [[''], [vilnius('2026-11-10')]],
      ) as (Date | string)[][];

      expect(due.map((row) => (row[0] instanceof Date ? row[0].toISOString() : row[0]))).toEqual([
        vilnius('2026-11-30').toISOString(),
        '',
      ]);
    });

    it('keeps a due day that came before a later negative contact (the R5 Decision)', () => {
      const due = en.customFunction(
        'KAM_NEXT_CONTACT',
        vilnius('2026-11-01'),
        vilnius('2026-11-20'),
      ) as Date;

      expect(due.toISOString()).toBe(vilnius('2026-11-11').toISOString());
    });
  });

  describe('KAM_PAUSE_END', () => {
    it('allows personal contact again 14 days after a negative one (R5.2)', () => {
      const end = en.customFunction('KAM_PAUSE_END', vilnius('2026-11-20')) as Date;

      expect(end.toISOString()).toBe(vilnius('2026-12-04').toISOString());
    });

    it('refuses a pause of 2.5 days', () => {
      expect(errorOf(() => en.customFunction('KAM_PAUSE_END', vilnius('2026-11-20'), 2.5))).toBe(
        'KAM_PAUSE_END: pause_days must be a whole number; got 2.5.',
      );
    });
  });

  describe('in cells', () => {
    it('fills a whole column from one formula in the first row', () => {
      en.setSheetData('Revenue', [
        ['Client', 'Revenue', 'Tier'],
        ['A', 120],
        ['B', 30],
        ['C', 850],
      ]);

      en.setFormula('Revenue!C2', '=KAM_TIER(B2:B4)');

      expect(['C2', 'C3', 'C4'].map((a1) => en.inspect(`Revenue!${a1}`).value)).toEqual([
        'Key',
        'Regular',
        'Mono-client',
      ]);
    });

    it('names the sheet’s row of a bad value, not its row in the range', () => {
      en.setSheetData('Revenue', [
        ['Client', 'Revenue', 'Tier'],
        ['A', 120],
        ['B', 'abc'],
        ['C', 850],
      ]);

      en.setFormula('Revenue!C2', '=KAM_TIER(B2:B4)');

      expect(en.inspect('Revenue!C3').value).toBe(
        '⚠ KAM_TIER: revenue in row 3 must be a number; got text "abc".',
      );
    });

    it('names the sheet’s row in Lithuanian too, and the cell of a two-column range', () => {
      lt.setSheetData('Pajamos', [
        ['Klientas', 'Pajamos', 'Kita', 'Dalis'],
        ['A', 120, 5],
        ['B', 30, -1],
      ]);

      lt.setFormula('Pajamos!D2', '=KAM_SHARE(B2:C3, 1000)');

      expect(lt.inspect('Pajamos!E3').value).toBe(
        '⚠ KAM_SHARE: revenue langelyje C3 turi būti skaičius, ne mažesnis nei 0; gauta -1.',
      );
    });

    it('names the sheet’s row of a revenue above a total given in Settings', () => {
      en.setSheetData('Totals', [['Revenue'], [50], [150], ['Total'], [100]]);

      en.setFormula('Totals!B2', "=KAM_SHARE(A2:A3, 'Totals'!$A$5)");

      expect(en.inspect('Totals!B3').value).toBe(
        '⚠ KAM_SHARE: total in row 3 must be at least the revenue; got 100.',
      );
    });

    it('shows #ERROR! with the message when the whole call is wrong', () => {
      en.setSheetData('Errors', [['x'], [5]]);

      en.setFormula('Errors!B2', '=KAM_TIER(A2)');

      expect(en.inspect('Errors!B2')).toMatchObject({
        display: '#ERROR!',
        error:
          'KAM_TIER: total must be given when the first argument is a single cell; got nothing.',
      });
    });
  });
});
